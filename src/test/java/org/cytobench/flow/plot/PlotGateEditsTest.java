package org.cytobench.flow.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.flow.gatingml.GatingMlWriter;
import org.cytobench.flow.transform.LogicleTransform;
import org.junit.jupiter.api.Test;

/** Gates drawn on plots, counted by the core GatingEngine and compared with counts made by hand on the same events. */
class PlotGateEditsTest {
    private static final int N = 5000;
    private static final double[] A = new double[N];
    private static final double[] B = new double[N];
    private static final FlowEvents EVENTS;

    static {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int e = 0; e < N; e++) {
            A[e] = rnd.nextDouble(-100, 1000);
            B[e] = rnd.nextDouble(0, 1000);
        }
        EVENTS = new FlowEvents(List.of("FSC-A", "PE-A"), new double[][] {A, B});
    }

    private static final PlotAxis X = new PlotAxis("FSC-A", "FSC", null, 0, 1024);
    private static final PlotAxis Y = new PlotAxis("PE-A", "CD69 (PE-A)", null, 0, 1024);
    private static final LogicleTransform LOGICLE = new LogicleTransform(1024, 0.5, 4.5, 0);

    private static int count(GatingStrategy s, String id) {
        return new GatingEngine(s, EVENTS, null).count(id);
    }

    @Test
    void aRectangleDrawnOnLinearAxesCountsTheEventsInside() {
        GatingStrategy s = PlotGateEdits.addRectangle(GatingStrategy.of(List.of()), null, "R1", X, Y, 600, 700, 200, 100);
        int expected = 0;
        for (int e = 0; e < N; e++) if (A[e] >= 200 && A[e] < 600 && B[e] >= 100 && B[e] < 700) expected++;
        assertEquals(expected, count(s, "R1"));
        GateOutline o = GateOutlines.on(s, null, X, Y).get(0);
        assertArrayEquals(new double[][] {{200, 100}, {600, 700}}, o.points());
    }

    @Test
    void aGateDrawnOnALogicleAxisKeepsItsTransformAndShowsOnALinearPlot() {
        PlotAxis logY = PlotAxis.standard("PE-A", null, LOGICLE, 1024);
        GatingStrategy s = PlotGateEdits.addRange(GatingStrategy.of(List.of()), null, "T1", logY, 0.7, Double.NaN);
        assertEquals(LOGICLE, s.transforms().get("logicle_PE-A"));
        double threshold = LOGICLE.inverse(0.7);
        int expected = 0;
        for (int e = 0; e < N; e++) if (B[e] >= threshold) expected++;
        assertEquals(expected, count(s, "T1"));
        GateOutline onLinear = GateOutlines.on(s, null, X, Y).get(0);
        assertEquals(GateOutline.Shape.RANGE_Y, onLinear.shape());
        assertEquals(threshold, onLinear.points()[0][0], 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, onLinear.points()[0][1]);
        // and it survives the Gating-ML the experiment stores
        assertEquals(expected, count(roundTrip(s), "T1"));
    }

    @Test
    void quadrantsSplitTheParentAndMoveTogether() {
        GatingStrategy s = PlotGateEdits.addRectangle(GatingStrategy.of(List.of()), null, "R1", X, Y, 0, 0, 900, 900);
        s = PlotGateEdits.addQuadrants(s, "R1", "Q1", X, Y, "FSC", "CD69", 400, 500);
        assertEquals(List.of("R1", "Q1_FSCneg_CD69pos", "Q1_FSCpos_CD69pos", "Q1_FSCneg_CD69neg", "Q1_FSCpos_CD69neg"), s.ids());
        assertQuadrantCounts(s, 400, 500);
        GatingStrategy moved = PlotGateEdits.reshaped(s, "Q1", X, Y, new double[][] {{300, 650}});
        assertQuadrantCounts(moved, 300, 650);
        assertQuadrantCounts(roundTrip(moved), 300, 650);
        assertEquals(List.of("R1"), PlotGateEdits.removed(moved, "Q1_FSCpos_CD69neg").ids());
        assertTrue(PlotGateEdits.removed(moved, "Q1").quadrantGroups().isEmpty());
    }

    private static void assertQuadrantCounts(GatingStrategy s, double cx, double cy) {
        int[] expected = new int[4];
        for (int e = 0; e < N; e++) {
            if (!(A[e] >= 0 && A[e] < 900 && B[e] >= 0 && B[e] < 900)) continue;
            expected[(B[e] >= cy ? 0 : 2) + (A[e] >= cx ? 1 : 0)]++;
        }
        List<String> q = GateOutlines.on(s, "R1", X, Y).get(0).populations();
        for (int k = 0; k < 4; k++) assertEquals(expected[k], count(s, q.get(k)), q.get(k));
        assertEquals(count(s, "R1"), expected[0] + expected[1] + expected[2] + expected[3]);
    }

    @Test
    void reshapingAPolygonMovesItsVerticesInTheGatesOwnSpace() {
        PlotAxis logX = PlotAxis.standard("FSC-A", null, LOGICLE, 1024);
        List<double[]> tri = List.of(new double[] {0.2, 100}, new double[] {0.9, 100}, new double[] {0.9, 800});
        GatingStrategy s = PlotGateEdits.addPolygon(GatingStrategy.of(List.of()), null, "P1", logX, Y, tri);
        // shown on a linear x axis, then the last vertex dragged to (1000, 900) there
        GateOutline o = GateOutlines.on(s, null, X, Y).get(0);
        assertEquals(LOGICLE.inverse(0.9), o.points()[1][0], 1e-9);
        double[][] p = o.points();
        p[2] = new double[] {1000, 900};
        GatingStrategy edited = PlotGateEdits.reshaped(s, "P1", X, Y, p);
        org.cytobench.flow.gating.PolygonGate g = (org.cytobench.flow.gating.PolygonGate) edited.gate("P1");
        assertEquals(LOGICLE.apply(1000), g.vertices()[2][0], 1e-12, "stored on the logicle scale it was drawn on");
        assertEquals(900, g.vertices()[2][1], 1e-12);
        assertEquals(0.2, g.vertices()[0][0], 1e-12);
    }

    @Test
    void removingAGateRemovesItsDescendantsAndNewIdsAreFree() {
        GatingStrategy s = PlotGateEdits.addRectangle(GatingStrategy.of(List.of()), null, "R1", X, Y, 0, 0, 500, 500);
        s = PlotGateEdits.addRange(s, "R1", "T1", X, 100, Double.NaN);
        s = PlotGateEdits.addRange(s, "T1", "T2", Y, 100, 200);
        assertEquals("T3", PlotGateEdits.newId(s, "T"));
        assertEquals(List.of(), PlotGateEdits.removed(s, "R1").ids());
        assertEquals(List.of("R1"), PlotGateEdits.removed(s, "T1").ids());
        assertFalse(PlotGateEdits.removed(s, "T2").has("T2"));
    }

    private static GatingStrategy roundTrip(GatingStrategy s) {
        try {
            return GatingMlReader.read("edited", GatingMlWriter.write(s).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
