package org.cytobench.flow.gatingml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cytobench.flow.FlowExportsDir;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.ArcsinhCofactorTransform;
import org.junit.jupiter.api.Test;

/** Writing Gating-ML and reading it back gives the same populations; hostile or broken XML is refused plainly. */
class GatingMlRoundTripTest {

    @Test
    void everyComplianceGateSurvivesWriteAndRead() throws Exception {
        FcsFile data1 = FcsReader.read(FlowExportsDir.file("gating-ml/data1.fcs"));
        List<Path> files;
        try (Stream<Path> s = Files.list(FlowExportsDir.require().resolve("gating-ml/gml"))) {
            files = s.sorted().toList();
        }
        int gates = 0;
        for (Path f : files) {
            GatingStrategy original = GatingMlReader.read(f);
            String xml = GatingMlWriter.write(original);
            GatingStrategy back = GatingMlReader.read("written.xml", xml.getBytes(StandardCharsets.UTF_8));
            assertEquals(original.ids(), back.ids(), f.toString());
            GatingEngine a = GatingEngine.of(original, data1);
            GatingEngine b = GatingEngine.of(back, data1);
            for (String id : original.ids()) {
                assertEquals(a.membership(id), b.membership(id), f.getFileName() + " " + id);
                gates++;
            }
            assertEquals(xml, GatingMlWriter.write(back), "writing is stable");
        }
        assertTrue(gates > 100, "gates compared: " + gates);
    }

    @Test
    void refusesDoctypesSoEntitiesCannotReachOutside() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<gating:Gating-ML xmlns:gating=\"" + GatingMl.GATING + "\">&x;</gating:Gating-ML>";
        FlowFileException e = assertThrows(FlowFileException.class,
                () -> GatingMlReader.read("evil.xml", xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("evil.xml: line 1: not well-formed XML"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void namesTheFileAndTheProblem() {
        assertEquals("x.xml: not a Gating-ML document (the root element is <plate>)", assertThrows(FlowFileException.class,
                () -> GatingMlReader.read("x.xml", "<plate/>".getBytes(StandardCharsets.UTF_8))).getMessage());
        String dangling = "<gating:Gating-ML xmlns:gating=\"" + GatingMl.GATING + "\" xmlns:data-type=\"" + GatingMl.DATATYPES + "\">"
                + "<gating:RectangleGate gating:id=\"R\" gating:parent_id=\"Nope\"><gating:dimension gating:min=\"1\">"
                + "<data-type:fcs-dimension data-type:name=\"FSC-H\"/></gating:dimension></gating:RectangleGate></gating:Gating-ML>";
        assertEquals("d.xml: gate R names parent 'Nope', which is not defined", assertThrows(FlowFileException.class,
                () -> GatingMlReader.read("d.xml", dangling.getBytes(StandardCharsets.UTF_8))).getMessage());
        assertTrue(assertThrows(FlowFileException.class, () -> GatingMlReader.read("t.xml", "<a><b></a>".getBytes()))
                .getMessage().startsWith("t.xml: line 1: not well-formed XML"));
    }

    @Test
    void refusesToWriteATransformGatingMlCannotExpress() {
        GatingStrategy s = new GatingStrategy(Map.of("c", new ArcsinhCofactorTransform(150)), Map.of(), Map.of(),
                List.of(new RectangleGate("R", null, List.of(Dimension.of("FL1-H").withTransform("c")), new double[] {1},
                        new double[] {Double.NaN})), List.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GatingMlWriter.write(s)).getMessage()
                .contains("has no Gating-ML 2.0 form"));
    }
}
