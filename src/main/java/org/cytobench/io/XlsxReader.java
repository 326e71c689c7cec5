package org.cytobench.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads an xlsx workbook by streaming its XML parts (StAX) out of the zip, within budgets: at most
 * {@link #MAX_XML_BYTES} of inflated XML, {@link #MAX_CELLS} grid cells and {@link #MAX_CELL_CHARS} characters in one
 * cell. Only the parts it needs are inflated (workbook, its relationships, shared strings, worksheets), each only as far
 * as it is read, so a workbook far past the budgets is refused in about a second whatever it claims to hold (POI's
 * in-memory model took 52 s and 6.3 GB, then ran out of memory, on 33 million cells).
 *
 * <p>What it gives is what the in-memory reader gave: per sheet the cell texts, numbers as their shortest text, formulas
 * as their cached value, booleans as "true"/"false", errors as "#ERROR", trailing empty cells and rows dropped.
 */
final class XlsxReader {
    private XlsxReader() {}

    /** Inflated XML read from one workbook, all parts together. Real exports need a few MB. */
    static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    /** Grid cells (empty ones inside a row included) over all sheets: 2 000 times a 384-well plate. */
    static final long MAX_CELLS = 800_000;
    /** Characters in one cell: Excel's own limit. */
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_ROWS = 200_000;
    private static final int MAX_COLUMNS = 16_384;


    static List<SheetGrid> read(SourceFile file) throws ImportException {
        Budget budget = new Budget(file.name());
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file.bytes())).get()) {
            Map<String, String> rels = relationships(zip, budget, file);
            List<String[]> sheets = sheetList(zip, budget, file);
            List<String> shared = sharedStrings(zip, rels, budget, file);
            List<SheetGrid> out = new ArrayList<>();
            for (String[] s : sheets) {
                String target = rels.get(s[1]);
                if (target == null) {
                    throw damaged(file, "sheet '" + s[0] + "' is listed in the workbook but has no part: the file is damaged");
                }
                ZipArchiveEntry e = zip.getEntry(target);
                if (e == null) {
                    throw damaged(file, "sheet '" + s[0] + "' is listed in the workbook but its data (" + target
                            + ") are missing: the file is damaged or incomplete");
                }
                out.add(new SheetGrid(s[0], rows(zip, e, s[0], shared, budget, file)));
            }
            return out;
        } catch (ImportException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DoctypeRefused d) throw d.importException;
                if (t instanceof ImportException ie) throw ie;
            }
            ImportException limit = budget.exceeded();
            if (limit != null) throw limit;
            throw new ImportException(file.name(), null, "not a readable Excel workbook: its zip or XML structure is damaged", e);
        }
    }

    // --- workbook structure -----------------------------------------------------------------------------------

    /** Relationship id → part name inside the zip ("rId1" → "xl/worksheets/sheet1.xml"); "#sharedStrings" → its part. */
    private static Map<String, String> relationships(ZipFile zip, Budget budget, SourceFile file) throws IOException, XMLStreamException, ImportException {
        Map<String, String> out = new HashMap<>();
        ZipArchiveEntry e = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (e == null) return out;
        XMLStreamReader x = open(zip, e, budget, file);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    String id = x.getAttributeValue(null, "Id");
                    String target = x.getAttributeValue(null, "Target");
                    String type = x.getAttributeValue(null, "Type");
                    if (id == null || target == null) continue;
                    String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    out.put(id, part);
                    if (type != null && type.endsWith("/sharedStrings")) out.put("#sharedStrings", part);
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** The sheets in workbook order: {name, relationship id}. */
    private static List<String[]> sheetList(ZipFile zip, Budget budget, SourceFile file) throws IOException, XMLStreamException, ImportException {
        ZipArchiveEntry e = zip.getEntry("xl/workbook.xml");
        if (e == null) throw damaged(file, "not an Excel workbook (the zip has no xl/workbook.xml)");
        List<String[]> out = new ArrayList<>();
        XMLStreamReader x = open(zip, e, budget, file);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    String name = x.getAttributeValue(null, "name");
                    String id = relationshipId(x);
                    out.add(new String[] {name == null ? "Sheet" + (out.size() + 1) : name, id == null ? "" : id});
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** The sheet's r:id, whatever the relationships namespace (transitional or strict OOXML). */
    private static String relationshipId(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String ns = x.getAttributeNamespace(i);
            if (x.getAttributeLocalName(i).equals("id") && ns != null && ns.endsWith("/relationships")) return x.getAttributeValue(i);
        }
        return null;
    }

    private static List<String> sharedStrings(ZipFile zip, Map<String, String> rels, Budget budget, SourceFile file)
            throws IOException, XMLStreamException, ImportException {
        String part = rels.getOrDefault("#sharedStrings", "xl/sharedStrings.xml");
        ZipArchiveEntry e = zip.getEntry(part);
        if (e == null) return null; // only a problem if a cell refers to one
        List<String> out = new ArrayList<>();
        XMLStreamReader x = open(zip, e, budget, file);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
                    budget.cells(1);
                    out.add(richText(x, "si", budget, "a shared text"));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    // --- cells --------------------------------------------------------------------------------------------------

    private static List<List<String>> rows(ZipFile zip, ZipArchiveEntry e, String sheet, List<String> shared, Budget budget,
            SourceFile file) throws IOException, XMLStreamException, ImportException {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader x = open(zip, e, budget, file);
        try {
            List<String> row = null;
            int rowIndex = -1, column = -1;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("row")) {
                        String r = x.getAttributeValue(null, "r");
                        rowIndex = r == null ? rowIndex + 1 : parseIndex(r, file, sheet) - 1;
                        if (rowIndex >= MAX_ROWS) {
                            throw new ImportException(file.name(), "sheet '" + sheet + "'", "more than " + MAX_ROWS
                                    + " rows, more than any plate-reader export has");
                        }
                        if (rowIndex < rows.size()) throw damaged(file, "sheet '" + sheet + "' lists row " + (rowIndex + 1) + " twice or out of order: the file is damaged");
                        while (rows.size() < rowIndex) rows.add(List.of());
                        row = new ArrayList<>();
                        rows.add(row);
                        column = -1;
                    } else if (n.equals("c") && row != null) {
                        String ref = x.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : columnOf(ref, file, sheet);
                        if (column < row.size()) throw damaged(file, "sheet '" + sheet + "', cell " + ref + " comes twice or out of order: the file is damaged");
                        String text = cell(x, shared, budget, file, sheet, SheetGrid.address(rowIndex, column));
                        if (!text.isEmpty()) {
                            budget.cells(column + 1 - row.size());
                            while (row.size() < column) row.add("");
                            row.add(text);
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    row = null;
                }
            }
        } finally {
            x.close();
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) rows.remove(rows.size() - 1);
        return rows;
    }

    /** The text of the {@code <c>} element the reader is on, as the in-memory reader gave it. */
    private static String cell(XMLStreamReader x, List<String> shared, Budget budget, SourceFile file, String sheet, String address)
            throws XMLStreamException, ImportException {
        String type = x.getAttributeValue(null, "t");
        String value = null;
        String inline = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if (n.equals("v")) value = text(x, budget, address);
                else if (n.equals("is")) inline = richText(x, "is", budget, "cell " + address);
                else skip(x);
            } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                break;
            }
        }
        String where = "sheet '" + sheet + "', cell " + address;
        if (type == null || type.equals("n")) {
            if (value == null || value.isBlank()) return "";
            try {
                return SpreadsheetReader.number(Double.parseDouble(value.strip()));
            } catch (NumberFormatException e) {
                throw new ImportException(file.name(), where, "holds '" + shortened(value) + "' where the workbook says a number is: the file is damaged");
            }
        }
        return switch (type) {
            case "s" -> {
                if (value == null || value.isBlank()) yield "";
                int i;
                try {
                    i = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw new ImportException(file.name(), where, "refers to shared text '" + shortened(value) + "', which is no index: the file is damaged");
                }
                if (shared == null || i < 0 || i >= shared.size()) {
                    throw new ImportException(file.name(), where, "refers to shared text " + i + " that the workbook does not contain"
                            + (shared == null ? " (its shared-strings part is missing)" : "") + ": the file is damaged");
                }
                yield shared.get(i);
            }
            case "inlineStr" -> inline == null ? "" : inline;
            case "str", "d" -> value == null ? "" : value;
            case "b" -> value == null ? "" : Boolean.toString(value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
            case "e" -> "#ERROR";
            default -> throw new ImportException(file.name(), where, "has the unknown cell type '" + shortened(type) + "': the file is damaged");
        };
    }

    /** The text of the {@code <t>} runs inside {@code <si>} or {@code <is>}, phonetic runs ({@code <rPh>}) left out. */
    private static String richText(XMLStreamReader x, String end, Budget budget, String what) throws XMLStreamException, ImportException {
        StringBuilder sb = new StringBuilder();
        int phonetic = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("rPh")) phonetic++;
                else if (x.getLocalName().equals("t") && phonetic == 0) {
                    sb.append(text(x, budget, what));
                    if (sb.length() > MAX_CELL_CHARS) throw budget.cellTooLong(what);
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (x.getLocalName().equals("rPh")) phonetic--;
                else if (x.getLocalName().equals(end)) break;
            }
        }
        return sb.toString();
    }

    /** The character content of the current element, at most {@link #MAX_CELL_CHARS}. */
    private static String text(XMLStreamReader x, Budget budget, String what) throws XMLStreamException, ImportException {
        StringBuilder sb = new StringBuilder();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                if (sb.length() > MAX_CELL_CHARS) throw budget.cellTooLong(what);
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                skip(x);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    // --- parsing helpers ----------------------------------------------------------------------------------------

    private static XMLStreamReader open(ZipFile zip, ZipArchiveEntry e, Budget budget, SourceFile file) throws IOException, XMLStreamException, ImportException {
        InputStream in = new CountingStream(zip.getInputStream(e), budget);
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader x = f.createXMLStreamReader(in);
        return new DtdRefusingReader(x, file, e.getName());
    }

    private static int parseIndex(String s, SourceFile file, String sheet) throws ImportException {
        try {
            int i = Integer.parseInt(s.strip());
            if (i >= 1) return i;
        } catch (NumberFormatException e) {
            // below
        }
        throw damaged(file, "sheet '" + sheet + "' has a row numbered '" + shortened(s) + "': the file is damaged");
    }

    /** 0-based column of a cell reference ("B7" → 1). */
    private static int columnOf(String ref, SourceFile file, String sheet) throws ImportException {
        int c = 0, i = 0;
        String r = ref.toUpperCase(Locale.ROOT);
        while (i < r.length() && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z' && i < 4) c = c * 26 + (r.charAt(i++) - 'A' + 1);
        if (i == 0 || c > MAX_COLUMNS) throw damaged(file, "sheet '" + sheet + "' has a cell named '" + shortened(ref) + "': the file is damaged");
        return c - 1;
    }

    private static ImportException damaged(SourceFile file, String problem) {
        return new ImportException(file.name(), null, problem);
    }

    private static String shortened(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    /** What one workbook may cost; exceeding it is an ImportException saying which limit. */
    private static final class Budget {
        private final String file;
        private long bytes;
        private long cells;
        private ImportException exceeded;

        Budget(String file) { this.file = file; }

        void bytes(long n) throws IOException {
            bytes += n;
            if (bytes > MAX_XML_BYTES && exceeded == null) {
                exceeded = new ImportException(file, null, "the workbook holds more than " + MAX_XML_BYTES / (1024 * 1024)
                        + " MB of sheet data, more than any plate-reader export (Cytobench reads workbooks up to that size)");
            }
            if (exceeded != null) throw new IOException("budget");
        }

        void cells(long n) throws ImportException {
            cells += n;
            if (cells > MAX_CELLS) {
                throw new ImportException(file, null, "the workbook holds more than " + String.format(Locale.ROOT, "%,d", MAX_CELLS)
                        + " cells, more than any plate-reader export (Cytobench reads workbooks up to that many)");
            }
        }

        ImportException cellTooLong(String what) {
            return new ImportException(file, null, what + " holds more than " + String.format(Locale.ROOT, "%,d", MAX_CELL_CHARS)
                    + " characters, more than Excel allows in a cell: the file is damaged");
        }

        /** The budget's own exception when the byte budget was exceeded, else null. */
        ImportException exceeded() {
            return exceeded;
        }
    }

    /** Counts inflated bytes against the budget as the parser pulls them. */
    private static final class CountingStream extends FilterInputStream {
        private final Budget budget;

        CountingStream(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) budget.bytes(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, Math.min(len, 64 * 1024));
            if (n > 0) budget.bytes(n);
            return n;
        }
    }

    /** A DOCTYPE in a workbook part is refused in plain words (Excel never writes one; it is how entity tricks start). */
    private static final class DtdRefusingReader extends javax.xml.stream.util.StreamReaderDelegate {
        private final SourceFile file;
        private final String part;

        DtdRefusingReader(XMLStreamReader r, SourceFile file, String part) {
            super(r);
            this.file = file;
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            int ev = super.next();
            if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException(new DoctypeRefused(file, part));
            }
            return ev;
        }
    }

    /** Carries the plain refusal of a DOCTYPE out through the StAX exception. */
    static final class DoctypeRefused extends RuntimeException {
        final ImportException importException;

        DoctypeRefused(SourceFile file, String part) {
            super(null, null, false, false);
            importException = new ImportException(file.name(), null, "the workbook part " + part
                    + " holds a DOCTYPE (document type declaration), which Excel never writes: refused as unsafe or damaged");
        }
    }
}
