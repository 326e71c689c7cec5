package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.flow.FlowExportsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flow}: channels and keywords of real FCS files, population counts with Gating-ML gates, and the exit codes. */
class FlowCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    @Test
    void printsChannelsAndKeywordsWithoutGates() throws Exception {
        Path f = FlowExportsDir.file("fcs/fcsparser_Fortessa_FCS_3.0_Fortessa_PBS_Specimen_001_A1_A01.fcs");
        assertEquals(0, run("flow", f.toString(), "--json"), err.toString());
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertEquals(f.getFileName().toString(), j.get("file").asText());
        assertEquals(11585, j.get("events").asInt());
        assertEquals(11, j.get("channels").size());
        assertEquals("FITC-A", j.get("channels").get(6).get("name").asText());
        assertTrue(j.get("channels").get(6).get("marker").isNull());
        assertEquals(262144, j.get("channels").get(6).get("range").asLong());
        assertEquals("file spillover", j.get("compensation").asText());
        assertEquals("11585", j.get("keywords").get("$TOT").asText().trim());
        assertTrue(j.get("populations") == null);
    }

    @Test
    void countsPopulationsOfAGatingMlTemplate() throws Exception {
        Path fcs = FlowExportsDir.file("gating-ml/data1.fcs");
        Path gml = FlowExportsDir.file("gating-ml/gml/gml_parent_quadrant_rect_gate.xml");
        assertEquals(0, run("flow", fcs.toString(), "--gates", gml.toString(), "--json"), err.toString());
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertEquals("none", j.get("compensation").asText());
        assertEquals("CD4 FITC", j.get("channels").get(2).get("marker").asText());
        JsonNode pops = j.get("populations");
        assertEquals(5, pops.size());
        JsonNode par = pops.get(1);
        assertEquals("ParRectangle1", par.get("id").asText());
        assertEquals("FL2P-FL4P", par.get("parent").asText());
        // counts from the compliance truth files: FL2P-FL4P and ParQuadRect
        int parent = ones("Results_FL2P-FL4P.txt");
        int child = ones("Results_ParQuadRect.txt");
        assertEquals(parent, pops.get(0).get("count").asInt());
        assertEquals(child, par.get("count").asInt());
        assertEquals(100.0 * child / parent, par.get("percentOfParent").asDouble(), 1e-12);
        assertEquals(100.0 * child / 13367, par.get("percentOfTotal").asDouble(), 1e-12);
        assertTrue(pops.get(0).get("parent").isNull());
    }

    private static int ones(String truth) throws Exception {
        return (int) Files.readAllLines(FlowExportsDir.require().resolve("gating-ml/truth/" + truth)).stream()
                .filter(l -> l.trim().equals("1")).count();
    }

    @Test
    void printsMedianFluorescencePerPopulation() throws Exception {
        Path fcs = FlowExportsDir.file("gating-ml/data1.fcs");
        Path gml = FlowExportsDir.file("gating-ml/gml/gml_rect1_gate.xml");
        assertEquals(0, run("flow", fcs.toString(), "--gates", gml.toString(), "--medians", "FL1-H,FSC-H", "--json"), err.toString());
        JsonNode m = new ObjectMapper().readTree(stdout()).get("populations").get(0).get("medians");
        // independent median of the truth file's events (Results_Rectangle1 = Rectangle1), scale values
        org.cytobench.flow.fcs.FcsFile f = org.cytobench.flow.fcs.FcsReader.read(fcs);
        java.util.List<String> truth = Files.readAllLines(FlowExportsDir.require().resolve("gating-ml/truth/Results_Rectangle1.txt"));
        java.util.List<Double> fl1 = new java.util.ArrayList<>();
        for (int e = 0; e < truth.size(); e++) if (truth.get(e).trim().equals("1")) fl1.add(f.scaleEvents().value(e, 2));
        java.util.Collections.sort(fl1);
        int n = fl1.size();
        double want = n % 2 == 1 ? fl1.get(n / 2) : (fl1.get(n / 2 - 1) + fl1.get(n / 2)) / 2;
        assertEquals(want, m.get("FL1-H").asDouble(), 1e-12);
        assertTrue(m.get("FSC-H").asDouble() > 0);
    }

    @Test
    void printsOneLinePerFileAndPlainTextWithoutJson() throws Exception {
        Path a = FlowExportsDir.file("fcs/flowio_3FITC_4PE_004.fcs");
        Path b = FlowExportsDir.file("fcs/flowio_G11.fcs");
        assertEquals(0, run("flow", a.toString(), b.toString(), "--json"), err.toString());
        assertEquals(2, stdout().strip().split("\n").length);
        out.reset();
        assertEquals(0, run("flow", a.toString()));
        assertTrue(stdout().startsWith("flowio_3FITC_4PE_004.fcs: 94569 events, compensation none"), stdout());
    }

    @Test
    void badInputIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path header = FlowExportsDir.file("fcs/fcsparser_cytek-nl-2000_sample_header.fcs");
        assertEquals(2, run("flow", header.toString(), "--json"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("fcsparser_cytek-nl-2000_sample_header.fcs: the DATA segment"), e);
        assertEquals(1, e.strip().split("\n").length);

        err.reset();
        Path gates = Files.writeString(dir.resolve("g.xml"), "<gating:Gating-ML xmlns:gating=\"http://www.isac-net.org/std/Gating-ML/v2.0/gating\""
                + " xmlns:data-type=\"http://www.isac-net.org/std/Gating-ML/v2.0/datatypes\"><gating:RectangleGate gating:id=\"R\">"
                + "<gating:dimension gating:min=\"1\"><data-type:fcs-dimension data-type:name=\"CD69-PE\"/></gating:dimension>"
                + "</gating:RectangleGate></gating:Gating-ML>");
        assertEquals(2, run("flow", FlowExportsDir.file("gating-ml/data1.fcs").toString(), "--gates", gates.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("data1.fcs: no parameter 'CD69-PE'"), err.toString());

        err.reset();
        assertEquals(2, run("flow", dir.resolve("missing.fcs").toString()));
        assertEquals("missing.fcs: no such file", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void appliesAWorkspaceAndSaysWhenItsChannelsAreMissing() throws Exception {
        // the workspaces' own FCS files are not published; data1.fcs lacks their FSC-A channel: bad input, file named
        Path wsp = FlowExportsDir.file("flowjo/allotropy_flowjo_example_3.wsp");
        assertEquals(2, run("flow", FlowExportsDir.file("gating-ml/data1.fcs").toString(), "--gates", wsp.toString(), "--json"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(e.startsWith("data1.fcs: no parameter '"), e);
        assertEquals(1, e.split("\n").length);
    }

    /** FlowKit's workspaces with their FCS files: the sample's own display axes, its ellipse and FlowJo's counts beside ours. */
    @Test
    void appliesTheWorkspacesOwnTransformsAndEllipseToItsSample() throws Exception {
        Path dir = Path.of("src/test/resources/flow/flowjo-flowkit");
        Path fcs = dir.resolve("simple_line_example/data_set_simple_line_100.fcs");
        assertEquals(0, run("flow", fcs.toString(), "--gates", dir.resolve("simple_line_example/single_ellipse_51_events.wsp").toString(), "--json"), err.toString());
        JsonNode ellipse = new ObjectMapper().readTree(stdout().strip()).get("populations").get(0);
        assertEquals("ellipse1", ellipse.get("id").asText());
        assertEquals(51, ellipse.get("count").asInt());
        assertEquals(51, ellipse.get("flowJoCount").asInt());
        assertEquals(51.0, ellipse.get("percentOfTotal").asDouble(), 1e-12);
        out.reset();
        Path diamond = dir.resolve("simple_diamond_example/test_data_diamond_01.fcs");
        assertEquals(0, run("flow", diamond.toString(), "--gates", dir.resolve("simple_diamond_example/test_data_diamond_biex_rect.wsp").toString(), "--json"), err.toString());
        JsonNode rect = new ObjectMapper().readTree(stdout().strip()).get("populations").get(0);
        assertEquals("upper_right", rect.get("id").asText());
        assertEquals(50605, rect.get("count").asInt());
        assertEquals(50605, rect.get("flowJoCount").asInt());
    }

    @Test
    void usageErrorsExitThree() {
        assertEquals(3, run("flow"));
        assertEquals(3, run("flow", "a.fcs", "--gates"));
        assertEquals(3, run("flow", "a.fcs", "--bogus"));
    }
}
