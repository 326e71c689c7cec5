package org.cytobench.flow.assay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytobench.flow.fcs.FcsChannel;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.junit.jupiter.api.Test;

/**
 * The protocol's default template, built from the files' own channels and markers, finds the generator's populations:
 * on both simulated panels every file's CD4+/CD8+ and CD69+/CD25+ counts are the generator's labels (its populations lie
 * at least 6 SD from 40 % of the range, where the default puts every marker threshold).
 */
class ActivationPanelTemplateTest {

    @Test
    void defaultGatesOnTheTestPanelReproduceTheGeneratorsCountsInEveryFile() throws Exception {
        List<SimulatedPbmcFlow.Sample> truth = SimulatedPbmcFlow.generate(SimulatedPbmcFlow.TEST);
        FcsFile first = FcsReader.read(truth.get(0).file(), SimulatedPbmcFlowTest.resource(truth.get(0).file()));
        FlowTemplate t = ActivationPanelTemplate.forChannels(first.channels());
        GatingStrategy s = GatingMlReader.read("default", t.gatingMl().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("Lymphocytes", "CD3pos", "CD4pos", "CD8pos", "CD4_CD69pos", "CD4_CD25pos", "CD8_CD69pos", "CD8_CD25pos"),
                s.ids(), "no FSC-H and no viability dye in this panel: no single-cell or live gate");
        assertEquals(ActivationPanelTemplate.READOUT_IDS, t.readouts().stream().map(r -> r.populationId()).toList());
        assertEquals("% CD25+ of CD8+", t.readouts().get(3).label());
        assertTrue(t.origin().contains("adjust the gates on the unstimulated control"), t.origin());
        for (SimulatedPbmcFlow.Sample sample : truth) {
            FcsFile f = FcsReader.read(sample.file(), SimulatedPbmcFlowTest.resource(sample.file()));
            assertCounts(sample, GatingEngine.of(s, f));
        }
    }

    @Test
    void defaultGatesOnTheFullPanelRemoveDoubletsAndDeadCells() throws Exception {
        List<SimulatedPbmcFlow.Sample> truth = SimulatedPbmcFlow.generate(SimulatedPbmcFlow.SAMPLE);
        FcsFile first = FcsReader.read(truth.get(0).file(), truth.get(0).fcs());
        FlowTemplate t = ActivationPanelTemplate.forChannels(first.channels());
        GatingStrategy s = GatingMlReader.read("default", t.gatingMl().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("Lymphocytes", "Singlets", "Live", "CD3pos"), s.ids().subList(0, 4));
        assertEquals("Live", s.gate("CD3pos").parentId());
        assertTrue(t.origin().startsWith("Protocol default (lymphocytes → single cells → live → CD3+ → CD4+ / CD8+ → CD69+, CD25+)"), t.origin());
        for (SimulatedPbmcFlow.Sample sample : truth) assertCounts(sample, GatingEngine.of(s, FcsReader.read(sample.file(), sample.fcs())));
    }

    private static void assertCounts(SimulatedPbmcFlow.Sample sample, GatingEngine engine) {
        assertEquals(sample.parents()[0], engine.count("CD4pos"), sample.file() + " CD4+");
        assertEquals(sample.parents()[2], engine.count("CD8pos"), sample.file() + " CD8+");
        for (int r = 0; r < 4; r++) {
            assertEquals(sample.positives()[r], engine.count(ActivationPanelTemplate.READOUT_IDS.get(r)), sample.file() + " " + r);
        }
    }

    @Test
    void markersAreFoundAsWordsOfTheStainName() {
        List<FcsChannel> ch = List.of(channel(1, "FSC-A", null), channel(2, "SSC-A", null), channel(3, "V500-A", "CD45 V500"),
                channel(4, "FITC-A", "FITC-CD4"), channel(5, "PE-A", "CD3 PE"), channel(6, "APC-A", "CD8"), channel(7, "BV421-A", "CD25 BV421"));
        assertEquals("FITC-A", ActivationPanelTemplate.byMarker(ch, "CD4").name(), "CD45 is not CD4");
        assertNull(ActivationPanelTemplate.byMarker(ch, "CD69"));
        FlowTemplate t = ActivationPanelTemplate.forChannels(ch);
        assertEquals(List.of("CD4_CD25pos", "CD8_CD25pos"), t.readouts().stream().map(r -> r.populationId()).toList(), "no CD69 stain: CD25 only");
    }

    @Test
    void filesWithoutThePanelsMarkersAreRefusedNamingWhatIsMissing() {
        List<FcsChannel> ch = List.of(channel(1, "FSC-A", null), channel(2, "SSC-A", null), channel(3, "FL1-H", "CD4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationPanelTemplate.forChannels(ch));
        assertEquals("the default T-cell template needs CD3, CD8, CD69 or CD25 (as $PnN for scatter, $PnS for markers); "
                + "choose a Gating-ML file or FlowJo workspace instead", e.getMessage());
    }

    private static FcsChannel channel(int i, String name, String marker) {
        return new FcsChannel(i, name, marker, 16, 1024, 0, 0, 1);
    }
}
