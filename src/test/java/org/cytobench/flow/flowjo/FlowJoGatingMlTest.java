package org.cytobench.flow.flowjo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.flow.assay.FlowTemplate;
import org.cytobench.flow.assay.FlowTemplates;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.flow.transform.FlowJoDisplayTransform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FlowJo workspaces (FlowKit's, with their FCS files) taken off their display axes and written as Gating-ML, as the FCS
 * import does with a workspace's gates: read back, every population has exactly the events the workspace's own gates
 * give (which FlowJoCountsTest checks against FlowJo's saved counts).
 */
class FlowJoGatingMlTest {
    private static final Path DIR = Path.of("src", "test", "resources", "flow", "flowjo-flowkit");

    @ParameterizedTest
    @CsvSource({
            "simple_line_example/simple_poly_and_rect.wsp, simple_line_example/data_set_simple_line_100.fcs",
            "simple_line_example/simple_poly_and_rect_v2_poly50.wsp, simple_line_example/data_set_simple_line_100.fcs",
            "simple_line_example/single_ellipse_51_events.wsp, simple_line_example/data_set_simple_line_100.fcs",
            "simple_diamond_example/test_data_diamond_asinh_rect.wsp, simple_diamond_example/test_data_diamond_01.fcs",
            "simple_diamond_example/test_data_diamond_asinh_rect2.wsp, simple_diamond_example/test_data_diamond_01.fcs",
            "simple_diamond_example/test_data_diamond_biex_rect.wsp, simple_diamond_example/test_data_diamond_01.fcs",
            "simple_diamond_example/simple_diamond_example_quad_gate.wsp, simple_diamond_example/test_data_diamond_01.fcs"})
    void gatesWrittenAsGatingMlSelectTheSameEventsAsTheWorkspace(String wsp, String fcs) throws Exception {
        FlowJoWorkspace w = FlowJoWorkspace.read(DIR.resolve(wsp));
        WorkspaceSample sample = w.samples().stream().filter(s -> !s.gates().gates().isEmpty()).findFirst().orElseThrow();
        boolean onDisplayAxes = sample.gates().transforms().values().stream().anyMatch(t -> t instanceof FlowJoDisplayTransform);
        // the line example's polygons and ellipse sit on display axes; the diamond's rectangles and quadrants on data values
        assertEquals(wsp.startsWith("simple_line"), onDisplayAxes, wsp);
        FcsFile file = FcsReader.read(DIR.resolve(fcs));
        FlowTemplate t = FlowTemplates.fromFile(Path.of(wsp).getFileName().toString(), java.nio.file.Files.readAllBytes(DIR.resolve(wsp)));
        GatingStrategy back = GatingMlReader.read("back", t.gatingMl().getBytes(StandardCharsets.UTF_8));
        assertFalse(back.transforms().values().stream().anyMatch(x -> x instanceof FlowJoDisplayTransform));
        GatingEngine original = GatingEngine.of(sample.gates(), file);
        GatingEngine written = GatingEngine.of(back, file);
        List<String> ids = sample.gates().gates().stream().map(Gate::id).toList();
        assertEquals(ids, back.gates().stream().map(Gate::id).toList());
        for (String id : ids) assertEquals(original.membership(id), written.membership(id), wsp + " " + id);
        assertFalse(t.readouts().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aFileThatIsNeitherGatingMlNorAWorkspaceIsRefusedNamingIt() {
        FlowFileException e = org.junit.jupiter.api.Assertions.assertThrows(FlowFileException.class,
                () -> FlowTemplates.fromFile("gates.xml", "<notGatingML/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("gates.xml", e.file());
    }
}
