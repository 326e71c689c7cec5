package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.Observation;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * results.pzfx of the sample experiment, read back as XML: Prism's structure (root, version, table sequence, column
 * tables with row titles and Y columns) and every value equal to the observation the statistics used.
 */
class PzfxWriterTest {

    private static ExperimentAnalysis analysis;
    private static Document doc;

    @BeforeAll
    static void write() throws Exception {
        var e = new ProjectFiles().open(Path.of("sample-data", "thymalfasin-pbmc.cytobench")).experiment();
        analysis = ExperimentAnalyzer.analyze(e, AnalysisSettings.DEFAULT);
        String xml = PzfxWriter.xml(PrismTables.of(analysis), "Thymalfasin <PBMC> & LPS", "notes µ α",
                OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getLocalName().equals(name)) list.add(el);
        }
        return list;
    }

    @Test
    void hasPrismsFileStructure() {
        Element root = doc.getDocumentElement();
        assertEquals("GraphPadPrismFile", root.getLocalName());
        assertEquals(PzfxWriter.NAMESPACE, root.getNamespaceURI());
        assertEquals("5.00", root.getAttribute("PrismXMLVersion"));
        assertEquals(1, children(root, "Created").size());
        Element info = children(root, "Info").get(0);
        assertEquals("Thymalfasin <PBMC> & LPS", children(info, "Title").get(0).getTextContent());
        List<Element> refs = children(children(root, "TableSequence").get(0), "Ref");
        List<Element> tables = children(root, "Table");
        assertEquals(refs.size(), tables.size());
        for (int i = 0; i < tables.size(); i++) {
            assertEquals(refs.get(i).getAttribute("ID"), tables.get(i).getAttribute("ID"));
            assertEquals("OneWay", tables.get(i).getAttribute("TableType"));
            assertEquals("none", tables.get(i).getAttribute("XFormat"));
        }
    }

    @Test
    void everyValueIsTheObservationTheStatisticsUsed() {
        List<Element> tables = children(doc.getDocumentElement(), "Table");
        List<DoseResponse> withGroups = analysis.doseResponses().stream().filter(d -> !d.groups().isEmpty()).toList();
        assertEquals(withGroups.size(), tables.size());
        for (int t = 0; t < tables.size(); t++) {
            DoseResponse d = withGroups.get(t);
            Element table = tables.get(t);
            assertEquals(d.analyte().name() + " (pg/mL)", children(table, "Title").get(0).getTextContent());
            NodeList rowTitles = children(children(table, "RowTitlesColumn").get(0), "Subcolumn").get(0).getElementsByTagNameNS("*", "d");
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < rowTitles.getLength(); i++) rows.add(rowTitles.item(i).getTextContent());
            assertEquals(List.of("D1", "D2", "D3"), rows, "donor means are the n of the sample experiment");
            List<Element> cols = children(table, "YColumn");
            List<GroupStats> groups = AnalysisCharts.displayOrder(d);
            assertEquals(groups.size(), cols.size());
            for (int c = 0; c < cols.size(); c++) {
                assertEquals(groups.get(c).label(), children(cols.get(c), "Title").get(0).getTextContent());
                NodeList ds = children(cols.get(c), "Subcolumn").get(0).getElementsByTagNameNS("*", "d");
                assertEquals(rows.size(), ds.getLength());
                for (int r = 0; r < rows.size(); r++) {
                    String donor = rows.get(r);
                    Double expected = groups.get(c).observations().stream().filter(o -> o.donor().equals(donor))
                            .map(Observation::value).findFirst().orElse(null);
                    String text = ds.item(r).getTextContent();
                    if (expected == null) assertEquals("", text);
                    else assertEquals(expected, Double.parseDouble(text), 0.0, donor + " in " + groups.get(c).label());
                }
            }
        }
    }

    @Test
    void copyForPrismIsTheSameWideLayout() {
        PrismTables.ColumnTable il6 = PrismTables.of(analysis.doseResponse("IL-6").orElseThrow());
        String[] lines = PrismTables.tsv(il6).split("\n");
        assertEquals(1 + il6.rows().size(), lines.length);
        assertTrue(lines[0].startsWith("Donor\tUnstimulated"), lines[0]);
        String[] d1 = lines[1].split("\t", -1);
        assertEquals("D1", d1[0]);
        assertEquals(il6.values().get(2).get(0), Double.parseDouble(d1[3]), 0.0);
        assertNull(PrismTables.of(analysis.doseResponse("IL-6").orElseThrow()).values().get(0).stream()
                .filter(v -> v == null).findFirst().orElse(null), "every donor has every treatment in the sample");
    }
}
