package org.cytobench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cytobench.project.ProjectFormat;

/**
 * Writes GraphPad Prism's open XML project format (.pzfx, PrismXMLVersion 5.00, which Prism 5 to 10 open): one column
 * table (TableType "OneWay") per analyte, treatments as Y columns, the units of n as titled rows. The structure follows
 * what Prism itself writes — Created, InfoSequence/Info with the experiment's notes, TableSequence of Refs, then the
 * Tables — so Prism opens the file directly and its analyses (one-way ANOVA, repeated measures, Dunnett) run on it.
 */
public final class PzfxWriter {
    private PzfxWriter() {}

    static final String NAMESPACE = "http://graphpad.com/prism/Prism.htm";

    public static void write(List<PrismTables.ColumnTable> tables, String experiment, String notes, Path file) throws IOException {
        Files.writeString(file, xml(tables, experiment, notes, OffsetDateTime.now(ZoneOffset.UTC)), StandardCharsets.UTF_8);
    }

    public static void write(List<PrismTables.ColumnTable> tables, String experiment, String notes, OutputStream out) throws IOException {
        out.write(xml(tables, experiment, notes, OffsetDateTime.now(ZoneOffset.UTC)).getBytes(StandardCharsets.UTF_8));
    }

    /** The document; {@code now} goes into Created (a parameter so tests can compare documents byte for byte). */
    static String xml(List<PrismTables.ColumnTable> tables, String experiment, String notes, OffsetDateTime now) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("GraphPadPrismFile");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("PrismXMLVersion", "5.00");
            w.writeCharacters("\n");
            w.writeStartElement("Created");
            w.writeEmptyElement("OriginalVersion");
            w.writeAttribute("CreatedByProgram", "Cytobench");
            w.writeAttribute("CreatedByVersion", ProjectFormat.APP_VERSION);
            w.writeAttribute("Login", "");
            w.writeAttribute("DateTime", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            w.writeEndElement();
            w.writeCharacters("\n");

            w.writeStartElement("InfoSequence");
            w.writeEmptyElement("Ref");
            w.writeAttribute("ID", "Info0");
            w.writeAttribute("Selected", "1");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeStartElement("Info");
            w.writeAttribute("ID", "Info0");
            element(w, "Title", experiment);
            element(w, "Notes", notes == null ? "" : notes);
            constant(w, "Experiment ID", experiment);
            constant(w, "Protocol", "Exported by Cytobench " + ProjectFormat.APP_VERSION);
            w.writeEndElement();
            w.writeCharacters("\n");

            w.writeStartElement("TableSequence");
            for (int i = 0; i < tables.size(); i++) {
                w.writeEmptyElement("Ref");
                w.writeAttribute("ID", "Table" + i);
                if (i == 0) w.writeAttribute("Selected", "1");
            }
            w.writeEndElement();
            w.writeCharacters("\n");

            for (int i = 0; i < tables.size(); i++) table(w, tables.get(i), i);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Prism file", e);
        }
        return sw.toString();
    }

    private static void table(XMLStreamWriter w, PrismTables.ColumnTable t, int index) throws XMLStreamException {
        w.writeStartElement("Table");
        w.writeAttribute("ID", "Table" + index);
        w.writeAttribute("XFormat", "none");
        w.writeAttribute("TableType", "OneWay");
        w.writeAttribute("EVFormat", "AsteriskAfterNumber");
        element(w, "Title", t.title() + (t.unit().isEmpty() ? "" : " (" + t.unit() + ")"));
        w.writeStartElement("RowTitlesColumn");
        w.writeAttribute("Width", "60");
        w.writeStartElement("Subcolumn");
        for (String r : t.rows()) element(w, "d", r);
        w.writeEndElement();
        w.writeEndElement();
        for (int c = 0; c < t.columns().size(); c++) {
            w.writeStartElement("YColumn");
            w.writeAttribute("Width", "89");
            w.writeAttribute("Decimals", "2");
            w.writeAttribute("Subcolumns", "1");
            element(w, "Title", t.columns().get(c));
            w.writeStartElement("Subcolumn");
            for (Double v : t.values().get(c)) {
                if (v == null || v.isNaN()) w.writeEmptyElement("d");
                else element(w, "d", Double.toString(v));
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void constant(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("Constant");
        element(w, "Name", name);
        element(w, "Value", value);
        w.writeEndElement();
    }
}
