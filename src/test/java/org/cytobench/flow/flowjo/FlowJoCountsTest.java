package org.cytobench.flow.flowjo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cytobench.flow.FlowExportsDir;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.transform.FlowJoDisplayTransform;
import org.cytobench.flow.transform.LogicleTransform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FlowJo 10 workspaces saved together with their FCS files (FlowKit's test data, src/test/resources/flow/flowjo-flowkit,
 * PROVENANCE.md there): every population count FlowJo wrote is reproduced by {@link FlowJoWorkspace} and the
 * {@link GatingEngine}, on the sample's own transforms (linear, fasinh, biex), with rectangles, a polygon, FlowJo's
 * four-rectangle quadrants and a focus-and-edge ellipse.
 */
class FlowJoCountsTest {
    static final Path DIR = Path.of("src/test/resources/flow/flowjo-flowkit");

    /**
     * Populations whose saved count cannot be reproduced, with the reason (docs/flow.md). FlowJo wrote 0 for poly1 of
     * the v2 workspace, but 50 of the 100 events (a horizontal line at channel_B = 131072, channel_A 65536…131072) lie
     * under its top edge, which crosses channel_B = 131072 at channel_A ≈ 98 433 on data and display axes alike (both
     * linear); the file name says "poly50", and the file was written by FlowKit's workspace export before FlowJo 10.7.1
     * re-saved it, so 0 is a count FlowJo did not recompute. Asserted on its own below.
     */
    static final Map<String, String> NOT_REPRODUCIBLE = Map.of(
            "simple_poly_and_rect_v2_poly50.wsp poly1", "FlowJo's saved 0 was not recomputed: 50 events lie inside the polygon");

    static Stream<Arguments> populations() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path w : files.filter(p -> p.toString().endsWith(".wsp")).sorted().toList()) {
                for (WorkspaceSample s : FlowJoWorkspace.read(w).samples()) {
                    for (WorkspacePopulation p : s.populations()) {
                        if (p.count() >= 0) out.add(Arguments.of(w.getFileName().toString(), s.fileName(), p.path(), p.count()));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2}: FlowJo counted {3}")
    @MethodSource("populations")
    void reproducesFlowJosCount(String workspace, String fcs, String population, int flowJoCount) throws Exception {
        if (NOT_REPRODUCIBLE.containsKey(workspace + " " + population)) return; // see NOT_REPRODUCIBLE and the test below
        assertEquals(flowJoCount, count(workspace, population));
    }

    @Test
    void everyCountFlowJoWroteIsCompared() throws Exception {
        // 4 quadrants + 3 rectangles on asinh/biex axes + the ellipse + the v2 rectangle (the v2 polygon is the exception)
        assertEquals(10, populations().count());
        assertEquals(1, NOT_REPRODUCIBLE.size());
    }

    @Test
    void polygonOfTheV2WorkspaceHoldsFiftyEventsWhateverFlowJoSaved() throws Exception {
        WorkspacePopulation p = sample("simple_poly_and_rect_v2_poly50.wsp").population("poly1");
        assertEquals(0, p.count(), "the count FlowJo saved");
        assertEquals(50, count("simple_poly_and_rect_v2_poly50.wsp", "poly1"), "events 0-49 lie left of x = 98 433");
    }

    @Test
    void populationsFlowJoDidNotCountAreComputedFromTheirGeometry() throws Exception {
        // FlowJo saved -1 (not computed) for both; the line (channel_B = 131072) lies above both gates' tops (130 638.74)
        WorkspaceSample s = sample("simple_poly_and_rect.wsp");
        assertEquals(-1, s.population("poly1").count());
        assertEquals(0, count("simple_poly_and_rect.wsp", "poly1"));
        assertEquals(0, count("simple_poly_and_rect.wsp", "rect1"));
    }

    @Test
    void readsTheSampleTransformsAsDisplayAxes() throws Exception {
        var asinh = sample("test_data_diamond_asinh_rect2.wsp");
        assertTrue(asinh.axes().get("channel_B") instanceof FlowJoDisplayTransform);
        // fasinh T = 262144, M = 1.3, A = 0 onto 0-256: T maps to 256, 0 to 0
        assertEquals(256, asinh.axes().get("channel_B").apply(262144), 1e-9);
        assertEquals(0, asinh.axes().get("channel_B").apply(0), 1e-12);
        FlowJoDisplayTransform biex = (FlowJoDisplayTransform) sample("test_data_diamond_biex_rect.wsp").axes().get("channel_A");
        LogicleTransform l = (LogicleTransform) biex.scale();
        assertEquals(262144, l.t(), 0);
        assertEquals(4.418539922, l.m(), 0);
        assertEquals(0.5, l.w(), 1e-15, "width basis -10: W = log10(10)/2");
        assertEquals(0, l.a(), 0);
        FlowJoDisplayTransform lin = (FlowJoDisplayTransform) sample("simple_poly_and_rect.wsp").axes().get("channel_B");
        assertEquals(0, lin.apply(105000), 1e-12);
        assertEquals(256, lin.apply(135000), 1e-9);
    }

    /** The shared workspaces (published without their FCS files): samples, trees and FlowJo's counts, every gate read. */
    @Test
    void sharedWorkspacesListSamplesTreesAndCountsWithoutTheirFcsFiles() throws Exception {
        Path dir = FlowExportsDir.require().resolve("flowjo");
        int workspaces = 0;
        java.util.Map<String, Integer> unsupported = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path w : files.filter(p -> p.toString().endsWith(".wsp")).sorted().toList()) {
                FlowJoWorkspace ws = FlowJoWorkspace.read(w);
                workspaces++;
                assertFalse(ws.samples().isEmpty(), w.toString());
                for (WorkspaceSample s : ws.samples()) {
                    assertFalse(Files.exists(w.resolveSibling(s.fileName())), "the FCS file is absent");
                    assertTrue(s.count() > 0, s.fileName());
                    assertFalse(s.populations().isEmpty(), s.fileName());
                    for (WorkspacePopulation p : s.populations()) {
                        assertTrue(p.count() >= -1, p.path()); // -1: FlowJo did not compute it
                        if (p.unsupported() == null) {
                            assertTrue(s.gates().has(p.path()), p.path());
                        } else {
                            assertFalse(s.gates().has(p.path()), p.path());
                            unsupported.merge(w.getFileName() + ": " + p.unsupported().replaceAll("^gate .*: <", "<"), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        assertEquals(3, workspaces);
        // FlowJo's "curly quadrant" (quadrants with curved dividers, not Gating-ML) is the one gate not read: 4 populations
        assertEquals(Map.of("allotropy_flowjo_example_2.wsp: <CurlyQuad> is not supported", 4), unsupported);
    }

    private static WorkspaceSample sample(String workspace) throws Exception {
        return FlowJoWorkspace.read(find(workspace)).samples().get(0);
    }

    private static int count(String workspace, String population) throws Exception {
        Path w = find(workspace);
        WorkspaceSample s = FlowJoWorkspace.read(w).samples().get(0);
        FcsFile f = FcsReader.read(w.resolveSibling(s.fileName()));
        return GatingEngine.of(s.gates(), f).count(population);
    }

    private static Path find(String workspace) throws Exception {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(p -> p.getFileName().toString().equals(workspace)).findFirst().orElseThrow();
        }
    }
}
