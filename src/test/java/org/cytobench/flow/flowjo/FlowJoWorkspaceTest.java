package org.cytobench.flow.flowjo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.cytobench.flow.FlowExportsDir;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.EllipsoidGate;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.PolygonGate;
import org.junit.jupiter.api.Test;

/**
 * The three FlowJo 10 workspaces in ../shared/flow-exports/flowjo: samples, gating trees, saved counts and gate geometry
 * (values checked against the XML by hand and with Python's ElementTree). Their FCS files are not published with
 * them, so FlowJo's counts cannot be recomputed here (docs/flow.md).
 */
class FlowJoWorkspaceTest {

    @Test
    void readsSamplesTreesAndCountsOfExampleOne() throws Exception {
        FlowJoWorkspace ws = FlowJoWorkspace.read(FlowExportsDir.file("flowjo/allotropy_flowjo_example_1.wsp"));
        assertEquals("10.10.0", ws.flowJoVersion());
        assertEquals(8, ws.samples().size());
        WorkspaceSample s = ws.samples().get(0);
        assertEquals("Spleenocytes_Tcells_FMO- no CD4 staining_002.fcs", s.fileName(), "URI decoded");
        assertEquals(50000, s.count());
        assertEquals(10, s.populations().size());
        assertEquals(33282, s.population("Lymphocytes").count());
        assertEquals(32752, s.population("Lymphocytes/Single Cells").count());
        WorkspacePopulation cd3 = s.population("Lymphocytes/Single Cells/Single Cells/Live cells/CD3+");
        assertEquals(9434, cd3.count());
        assertEquals("Lymphocytes/Single Cells/Single Cells/Live cells", cd3.parentPath());
        assertEquals(22578, ws.sample("Spleenocytes_Tcells_Rag2KO_005.fcs").orElseThrow().population("Lymphocytes").count());

        Gate lymph = s.gates().gate("Lymphocytes");
        PolygonGate poly = (PolygonGate) lymph;
        assertEquals("FSC-A", poly.dimensions().get(0).parameter());
        // FlowJo writes data values; the polygon is evaluated on the sample's display axes (linear 0-262144 -> 0-256)
        assertEquals(71593.9495798319 * 256 / 262144, poly.vertices()[0][0], 1e-12);
        assertEquals(37622.5185185185 * 256 / 262144, poly.vertices()[0][1], 1e-12);
        assertEquals("FlowJo axis FSC-A", poly.dimensions().get(0).transformationRef());
        assertNull(lymph.parentId());
        assertEquals("Lymphocytes", s.gates().gate("Lymphocytes/Single Cells").parentId());
    }

    @Test
    void compParametersReferToTheSampleSpilloverMatrix() throws Exception {
        WorkspaceSample s = FlowJoWorkspace.read(FlowExportsDir.file("flowjo/allotropy_flowjo_example_1.wsp")).samples().get(0);
        assertEquals(1, s.gates().matrices().size());
        var m = s.gates().matrices().values().iterator().next();
        assertEquals("BV421-A", m.detectors().get(0));
        assertEquals("Comp-BV421-A", m.fluorochromes().get(0));
        assertEquals(0.1552047133, m.values()[0][1], 0);
        Gate q = s.gates().gate("Lymphocytes/Single Cells/Single Cells/Live cells/CD3+/Q1: Comp-PE-A- , Comp-BV786-A+");
        Dimension d = q.dimensions().get(0);
        assertTrue(d.parameter().startsWith("Comp-"), d.toString());
        assertEquals(s.gates().matrices().keySet().iterator().next(), d.compensationRef());
    }

    @Test
    void readsFocusEllipsesAsEllipsoidsOnTheDisplayAxes() throws Exception {
        WorkspaceSample s = FlowJoWorkspace.read(FlowExportsDir.file("flowjo/allotropy_flowjo_example_2.wsp")).samples().get(0);
        assertEquals(19, s.populations().size());
        assertEquals(39426, s.population("Lymphocytes").count());
        long ellipses = s.populations().stream().filter(p -> "EllipsoidGate".equals(p.gateKind())).count();
        assertTrue(ellipses > 0);
        for (WorkspacePopulation p : s.populations()) {
            if ("EllipsoidGate".equals(p.gateKind())) {
                assertNull(p.unsupported(), p.path());
                EllipsoidGate e = (EllipsoidGate) s.gates().gate(p.path());
                assertTrue(e.dimensions().get(0).transformationRef().startsWith("FlowJo axis "), p.path());
            }
        }
        // "CD8, CD4 subset": foci (57.892, 94.973) and (98.108, 74.027), major axis (54, 97)-(102, 72) in display channels
        EllipsoidGate e = (EllipsoidGate) s.gates().gates().stream()
                .filter(g -> g.id().endsWith("/CD8, CD4 subset")).findFirst().orElseThrow();
        assertEquals(78.0, e.mean()[0], 1e-9);
        assertEquals(84.5, e.mean()[1], 1e-9);
        assertEquals("Comp-PE-A", e.dimensions().get(0).parameter());
        assertEquals("FlowJo axis Comp-PE-A", e.dimensions().get(0).transformationRef(), "the sample's transform of Comp-PE-A");
        assertTrue(((org.cytobench.flow.transform.FlowJoDisplayTransform) s.axes().get("Comp-PE-A")).scale()
                instanceof org.cytobench.flow.transform.LogicleTransform, "a biex axis");
        double a2 = (48 * 48 + 25 * 25) / 4.0;
        double trace = e.covariance()[0][0] + e.covariance()[1][1];
        double c2 = (Math.pow(98.1077330558 - 57.8922669442, 2) + Math.pow(94.9727776332 - 74.0272223668, 2)) / 4;
        assertEquals(a2 + (a2 - c2), trace, 1e-9, "a² + b²");
        assertEquals(1, e.distanceSquare(), 0);
    }

    @Test
    void readsExampleThreeAndRefusesOtherXml() throws Exception {
        FlowJoWorkspace ws = FlowJoWorkspace.read(FlowExportsDir.file("flowjo/allotropy_flowjo_example_3.wsp"));
        assertEquals(6, ws.samples().size());
        WorkspaceSample a01 = ws.samples().get(0);
        assertEquals(26892, a01.population("singlet/live").count());
        assertEquals(26256, a01.population("singlet/live/cells").count());
        assertEquals("w.wsp: not a FlowJo workspace (the root element is <plate>)",
                assertThrows(FlowFileException.class, () -> FlowJoWorkspace.read("w.wsp", "<plate/>".getBytes(StandardCharsets.UTF_8))).getMessage());
    }
}
