package org.cytobench.flow.flowjo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.EllipsoidGate;
import org.cytobench.flow.gating.PolygonGate;
import org.cytobench.flow.gating.RectangleGate;
import org.cytobench.flow.transform.FlowJoDisplayTransform;
import org.cytobench.flow.transform.LogTransform;
import org.junit.jupiter.api.Test;

/** A sample's display axes and how each gate kind is put on them, on small hand-written workspaces. */
class FlowJoTransformsTest {

    private static final String HEAD = "<?xml version=\"1.0\"?><Workspace flowJoVersion=\"10.8\""
            + " xmlns:gating=\"http://www.isac-net.org/std/Gating-ML/v2.0/gating\""
            + " xmlns:transforms=\"http://www.isac-net.org/std/Gating-ML/v2.0/transformations\""
            + " xmlns:data-type=\"http://www.isac-net.org/std/Gating-ML/v2.0/datatypes\"><SampleList><Sample>"
            + "<DataSet uri=\"file:/x/s.fcs\" sampleID=\"1\"/><Transformations>";
    private static final String AXES = "<transforms:log transforms:offset=\"1\" transforms:decades=\"5\">"
            + "<data-type:parameter data-type:name=\"PE-A\"/></transforms:log>"
            + "<transforms:linear transforms:minRange=\"0\" transforms:maxRange=\"1000\" gain=\"1\">"
            + "<data-type:parameter data-type:name=\"FSC-A\"/></transforms:linear>";

    private static WorkspaceSample read(String axes, String gate) throws FlowFileException {
        String xml = HEAD + axes + "</Transformations><SampleNode name=\"s.fcs\" count=\"10\" sampleID=\"1\"><Subpopulations>"
                + "<Population name=\"P\" count=\"5\"><Gate>" + gate + "</Gate></Population></Subpopulations></SampleNode>"
                + "</Sample></SampleList></Workspace>";
        return FlowJoWorkspace.read("w.wsp", xml.getBytes(StandardCharsets.UTF_8)).samples().get(0);
    }

    private static String dims(String a, String b) {
        return "<gating:dimension><data-type:fcs-dimension data-type:name=\"" + a + "\"/></gating:dimension>"
                + "<gating:dimension><data-type:fcs-dimension data-type:name=\"" + b + "\"/></gating:dimension>";
    }

    private static String vertex(double x, double y) {
        return "<gating:vertex><gating:coordinate data-type:value=\"" + x + "\"/><gating:coordinate data-type:value=\"" + y
                + "\"/></gating:vertex>";
    }

    @Test
    void logAxisPutsOffsetAtZeroAndOffsetTimesTenToTheDecadesAtTheLength() throws Exception {
        WorkspaceSample s = read(AXES, "<gating:RectangleGate><gating:dimension gating:min=\"10\">"
                + "<data-type:fcs-dimension data-type:name=\"PE-A\"/></gating:dimension></gating:RectangleGate>");
        FlowJoDisplayTransform log = (FlowJoDisplayTransform) s.axes().get("PE-A");
        assertEquals(new LogTransform(1e5, 5), log.scale());
        assertEquals(0, log.apply(1), 1e-12);
        assertEquals(256, log.apply(1e5), 1e-9);
        assertEquals(256 * 0.6, log.apply(1e3), 1e-9);
        assertEquals(128, s.axes().get("FSC-A").apply(500), 1e-12);
    }

    @Test
    void polygonVerticesGoOnTheDisplayAxesAndRectanglesStayInDataValues() throws Exception {
        WorkspaceSample poly = read(AXES, "<gating:PolygonGate>" + dims("FSC-A", "PE-A") + vertex(100, 10) + vertex(900, 10)
                + vertex(900, 1e4) + "</gating:PolygonGate>");
        PolygonGate p = (PolygonGate) poly.gates().gate("P");
        assertEquals(25.6, p.vertices()[0][0], 1e-12);
        assertEquals(256 * 0.2, p.vertices()[0][1], 1e-9);
        assertEquals(256 * 0.8, p.vertices()[2][1], 1e-9);
        assertEquals("FlowJo axis PE-A", p.dimensions().get(1).transformationRef());
        assertTrue(poly.gates().transforms().containsKey("FlowJo axis PE-A"));

        WorkspaceSample rect = read(AXES, "<gating:RectangleGate><gating:dimension gating:min=\"10\" gating:max=\"1000\">"
                + "<data-type:fcs-dimension data-type:name=\"PE-A\"/></gating:dimension></gating:RectangleGate>");
        RectangleGate r = (RectangleGate) rect.gates().gate("P");
        assertEquals(10, r.min()[0], 0);
        assertNull(r.dimensions().get(0).transformationRef());
    }

    @Test
    void polygonWithAVertexTheLogAxisCannotShowStaysInDataValues() throws Exception {
        WorkspaceSample s = read(AXES, "<gating:PolygonGate>" + dims("FSC-A", "PE-A") + vertex(100, -5) + vertex(900, 10)
                + vertex(900, 1e4) + "</gating:PolygonGate>");
        PolygonGate p = (PolygonGate) s.gates().gate("P");
        assertEquals(-5, p.vertices()[0][1], 0);
        assertNull(p.dimensions().get(1).transformationRef());
    }

    @Test
    void ellipseNeedsADisplayAxisAndFourEdgePoints() throws Exception {
        String foci = "<gating:foci>" + vertex(40, 50) + vertex(60, 50) + "</gating:foci>";
        String edge = "<gating:edge>" + vertex(30, 50) + vertex(70, 50) + vertex(50, 40) + vertex(50, 60) + "</gating:edge>";
        EllipsoidGate e = (EllipsoidGate) read(AXES, "<gating:EllipsoidGate>" + dims("FSC-A", "PE-A") + foci + edge
                + "</gating:EllipsoidGate>").gates().gate("P");
        // a = 20, c = 10, b² = 300, major axis along x
        assertEquals(400, e.covariance()[0][0], 1e-9);
        assertEquals(300, e.covariance()[1][1], 1e-9);
        assertEquals(0, e.covariance()[0][1], 1e-9);
        assertEquals(50, e.mean()[0], 0);

        WorkspaceSample noAxis = read(AXES, "<gating:EllipsoidGate>" + dims("FSC-A", "SSC-A") + foci + edge + "</gating:EllipsoidGate>");
        assertEquals("ellipse P is on SSC-A, which has no display axis in the workspace", noAxis.population("P").unsupported());
        WorkspaceSample threeEdges = read(AXES, "<gating:EllipsoidGate>" + dims("FSC-A", "PE-A") + foci + "<gating:edge>"
                + vertex(30, 50) + vertex(70, 50) + vertex(50, 40) + "</gating:edge></gating:EllipsoidGate>");
        assertEquals("ellipse P needs 2 dimensions, 2 foci and 4 edge points (found 2, 2, 3)", threeEdges.population("P").unsupported());
    }

    @Test
    void aTransformWithoutItsParametersIsRefusedNamingTheFile() {
        String bad = "<transforms:biex transforms:length=\"256\" transforms:pos=\"4.4\"><data-type:parameter data-type:name=\"PE-A\"/></transforms:biex>";
        FlowFileException e = assertThrows(FlowFileException.class, () -> read(bad, "<gating:RectangleGate/>"));
        assertEquals("w.wsp: the biex transform of PE-A is not valid (no maxRange)", e.getMessage());
    }
}
