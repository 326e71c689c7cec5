package org.cytobench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Office Open XML (xlsx) writer for {@link Table}s: one sheet per table, a bold frozen header row, numbers as
 * numeric cells and text as inline strings. Written directly because Apache POI, even streaming, cost about 1.5 s of a
 * 100-plate {@code analyze} run started cold (xmlbeans schema loading, temporary files); this writes the same workbook in a
 * few tens of milliseconds. Files are read back with POI in the tests and open in Excel and LibreOffice.
 */
final class XlsxWriter {
    private XlsxWriter() {}

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    static void write(List<Table> tables, OutputStream out) throws IOException {
        List<String> names = sheetNames(tables);
        ZipOutputStream zip = new ZipOutputStream(out);
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        entry(zip, w, "[Content_Types].xml", contentTypes(tables.size()));
        entry(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry(zip, w, "xl/workbook.xml", workbook(names));
        entry(zip, w, "xl/_rels/workbook.xml.rels", workbookRels(tables.size()));
        entry(zip, w, "xl/styles.xml", STYLES);
        for (int i = 0; i < tables.size(); i++) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
            sheet(tables.get(i), w);
            w.flush();
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, Writer w, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(text);
        w.flush();
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static String workbook(List<String> names) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"")
                .append(MAIN).append("\" xmlns:r=\"").append(REL).append("\"><sheets>");
        for (int i = 0; i < names.size(); i++) {
            s.append("<sheet name=\"").append(escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
                .append(PKG_REL).append("\">");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    /** Style 0: default; style 1: bold (the header row). */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private static void sheet(Table t, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews><sheetData>");
        int n = t.columns().size();
        String[] letters = new String[n];
        for (int c = 0; c < n; c++) letters[c] = column(c);
        w.write("<row r=\"1\">");
        for (int c = 0; c < n; c++) text(w, letters[c] + 1, t.columns().get(c), 1);
        w.write("</row>");
        int r = 2;
        for (List<Object> row : t.rows()) {
            w.write("<row r=\"" + r + "\">");
            for (int c = 0; c < n; c++) {
                Object v = row.get(c);
                if (v == null) continue;
                if (v instanceof Number num) {
                    double d = num.doubleValue();
                    if (!Double.isFinite(d)) continue;
                    w.write("<c r=\"" + letters[c] + r + "\"><v>");
                    w.write(num instanceof Double || num instanceof Float ? Double.toString(d) : num.toString());
                    w.write("</v></c>");
                } else {
                    text(w, letters[c] + r, v.toString(), 0);
                }
            }
            w.write("</row>");
            r++;
        }
        w.write("</sheetData></worksheet>");
    }

    private static void text(Writer w, String ref, String s, int style) throws IOException {
        w.write("<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        w.write(escape(s));
        w.write("</t></is></c>");
    }

    /** "A", …, "Z", "AA", …: the column's letters. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) s.insert(0, (char) ('A' + (i - 1) % 26));
        return s.toString();
    }

    /** XML text: markup escaped, characters XML 1.0 cannot hold dropped. */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (rep == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(rep);
        }
        return b == null ? s : b.toString();
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
    static List<String> sheetNames(List<Table> tables) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table t : tables) {
            String base = t.name().replaceAll("[\\[\\]:*?/\\\\]", "_");
            if (base.isBlank()) base = "sheet";
            if (base.length() > 31) base = base.substring(0, 31);
            String name = base;
            for (int k = 2; !seen.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
                String suffix = " " + k;
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            out.add(name);
        }
        return out;
    }
}
