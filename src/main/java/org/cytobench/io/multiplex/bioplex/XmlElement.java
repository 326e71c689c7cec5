package org.cytobench.io.multiplex.bioplex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of an XML document as {@link SafeXml} read it: local name (namespace prefixes dropped, Bio-Plex writes
 * {@code bpm:} on the root only), attributes, the text directly inside it (stripped) and the line it starts on, for
 * messages that name the place.
 */
final class XmlElement {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final List<XmlElement> children = new ArrayList<>();
    final XmlElement parent;
    String text = "";

    XmlElement(String name, Map<String, String> attributes, int line, XmlElement parent) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
        this.parent = parent;
    }

    /** The first child with this name, or empty. */
    Optional<XmlElement> child(String n) {
        for (XmlElement c : children) if (c.name.equals(n)) return Optional.of(c);
        return Optional.empty();
    }

    /** Every child with this name, in document order. */
    List<XmlElement> children(String n) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) if (c.name.equals(n)) out.add(c);
        return out;
    }

    /** The text of the first child with this name, or null when there is none. */
    String childText(String n) { return child(n).map(c -> c.text).orElse(null); }

    String attribute(String n) { return attributes.get(n); }

    /** "Samples/Unknowns/Unknown", for messages. */
    String path() { return parent == null || parent.parent == null ? name : parent.path() + "/" + name; }

    /** "line 812, element Samples/Unknowns/Unknown": where a message points. */
    String location() { return "line " + line + ", element " + path(); }
}
