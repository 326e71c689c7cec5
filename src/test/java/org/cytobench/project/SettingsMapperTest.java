package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cytobench.analysis.AboveUloqHandling;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BelowLloqHandling;
import org.cytobench.analysis.BlankHandling;
import org.cytobench.analysis.ErrorBars;
import org.cytobench.analysis.QcRules;
import org.cytobench.analysis.ReplicateUnit;
import org.junit.jupiter.api.Test;

class SettingsMapperTest {

    private final ProjectCodec codec = new ProjectCodec();

    /** A constant added to a settings enum without a file id would make saving fail; this finds it first. */
    @Test
    void everySettingValueHasAFileIdAndComesBack() {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        for (BlankHandling v : BlankHandling.values()) roundTrip(d.withBlankHandling(v));
        for (BelowLloqHandling v : BelowLloqHandling.values()) roundTrip(d.withBelowLloq(v));
        for (AboveUloqHandling v : AboveUloqHandling.values()) roundTrip(d.withAboveUloq(v));
        for (ErrorBars v : ErrorBars.values()) roundTrip(d.withErrorBars(v));
        for (ReplicateUnit v : ReplicateUnit.values()) roundTrip(d.withReplicateUnit(v));
        roundTrip(d.withQcRules(QcRules.ICH_M10.withStandardTolerance(30, 35)).withIncludeFailedPlates(true));
        roundTrip(d.withLogScale(true).withReplicateUnit(ReplicateUnit.DONOR_BLOCKED));
    }

    private static void roundTrip(AnalysisSettings s) {
        assertEquals(s, SettingsMapper.fromDto(SettingsMapper.toDto(s)));
    }

    @Test
    void missingSettingsTakeTheirDefaults() throws Exception {
        ObjectNode root = (ObjectNode) ProjectCodec.mapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        root.remove("analysisSettings");
        assertEquals(AnalysisSettings.DEFAULT, codec.decode(ProjectCodec.mapper().writeValueAsBytes(root), "p.cytobench").analysisSettings());

        ObjectNode partial = (ObjectNode) ProjectCodec.mapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        ObjectNode settings = (ObjectNode) partial.get("analysisSettings");
        settings.remove("errorBars");
        ((ObjectNode) settings.get("qcRules")).remove("minPassingLevels");
        AnalysisSettings s = codec.decode(ProjectCodec.mapper().writeValueAsBytes(partial), "p.cytobench").analysisSettings();
        assertEquals(ErrorBars.SD, s.errorBars());
        assertEquals(6, s.qcRules().minPassingLevels());
        assertEquals(15.0, s.qcRules().standardTolerancePct());
        assertEquals(BlankHandling.ZERO_STANDARD_IN_FIT, s.blankHandling());
    }

    @Test
    void anUnknownSettingValueIsRefusedWithASentence() throws Exception {
        ObjectNode root = (ObjectNode) ProjectCodec.mapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) root.get("analysisSettings")).put("belowLloq", "lloq/3");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> codec.decode(ProjectCodec.mapper().writeValueAsBytes(root), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the handling of values below the LLOQ 'lloq/3' is not one "
                + "Cytobench knows (expected as-interpolated, exclude, half-lloq, lloq).", e.getMessage());
    }

    @Test
    void anImpossibleQcRuleIsRefusedWithASentence() throws Exception {
        ObjectNode root = (ObjectNode) ProjectCodec.mapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) root.get("analysisSettings").get("qcRules")).put("minPassingFraction", 1.5);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> codec.decode(ProjectCodec.mapper().writeValueAsBytes(root), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the passing fraction must lie between 0 and 1.", e.getMessage());
    }
}
