package org.cytobench.io.multiplex.bioplex;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cytobench.io.ImportException;
import org.cytobench.io.SourceFile;

/**
 * Reads an XML export into a small element tree, safely and in bounded time and memory: no DTD is read and a document
 * that declares one is refused (so no external entity, no entity expansion: the XXE and "billion laughs" attacks have
 * nothing to work with), nesting and element count are capped, and the text of elements the importer does not need
 * (Bio-Plex's raw per-bead event lists, most of a 2 MB file) is skipped instead of kept.
 */
final class SafeXml {
    private SafeXml() {}

    /** Far deeper than Bio-Plex nests (9 levels); a document nested deeper is not an export. */
    static final int MAX_DEPTH = 64;
    /** A 384-well, 100-plex export has about 400 000 elements; ten times that is not an export. */
    static final int MAX_ELEMENTS = 4_000_000;

    static XmlElement read(SourceFile file, Set<String> skipText) throws ImportException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader r = null;
        int line = 1;
        try {
            r = f.createXMLStreamReader(new StringReader(decode(file)));
            XmlElement root = null, current = null;
            int depth = 0, count = 0;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                line = r.getLocation().getLineNumber();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new ImportException(file.name(), "line " + line,
                            "the file declares a DTD (<!DOCTYPE …>); Bio-Plex Manager exports have none and Cytobench reads no DTDs");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportException(file.name(), "line " + line,
                            "the file refers to an entity '&" + r.getLocalName() + ";' that no export declares");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new ImportException(file.name(), "line " + line, "elements are nested more than " + MAX_DEPTH + " deep");
                        }
                        if (++count > MAX_ELEMENTS) {
                            throw new ImportException(file.name(), "line " + line, "more than " + MAX_ELEMENTS + " elements: not an export");
                        }
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        XmlElement e = new XmlElement(r.getLocalName(), attrs, line, current);
                        if (current == null) root = e; else current.children.add(e);
                        current = e;
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != null && !skipText.contains(current.name) && current.children.isEmpty()) text.append(r.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (current.children.isEmpty()) current.text = text.toString().strip();
                        text.setLength(0);
                        current = current.parent;
                        depth--;
                    }
                    default -> { }
                }
            }
            if (root == null) throw new ImportException(file.name(), null, "the file holds no XML element");
            return root;
        } catch (XMLStreamException e) {
            int at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation().getLineNumber() : line;
            throw new ImportException(file.name(), "line " + at, "the XML is damaged or cut off (" + reason(e) + ")", e);
        } finally {
            if (r != null) {
                try { r.close(); } catch (XMLStreamException ignored) { /* nothing is held open: the input is in memory */ }
            }
        }
    }

    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /**
     * The text, decoded here and strictly: the JDK's parser prints "[Fatal Error]" on stderr for a byte that is not UTF-8,
     * and a command's refusal is one line. UTF-16 by its byte-order mark, else the declaration's encoding, else UTF-8.
     */
    static String decode(SourceFile file) throws ImportException {
        byte[] b = file.bytes();
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) { cs = StandardCharsets.UTF_16BE; skip = 2; }
        else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) { cs = StandardCharsets.UTF_16LE; skip = 2; }
        else if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) skip = 3;
        else {
            Matcher m = ENCODING.matcher(new String(file.head(200), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new ImportException(file.name(), "line 1", "the XML declares encoding '" + m.group(1) + "', which Java does not know");
                }
            }
        }
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
            return text;
        } catch (CharacterCodingException e) {
            throw new ImportException(file.name(), null, "the bytes are not valid " + cs.name() + ", the file's XML encoding (a damaged "
                    + "file, or not an XML export)");
        }
    }

    /** The parser's own sentence without its "ParseError at [row,col]" prefix and on one line. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? "not well-formed" : e.getMessage();
        int i = m.indexOf("Message:");
        if (i >= 0) m = m.substring(i + "Message:".length());
        m = m.replaceAll("\\s+", " ").strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
