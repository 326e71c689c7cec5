package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.cytobench.analysis.AnalysisSettings;
import org.cytobench.analysis.BeadCountRule;
import org.junit.jupiter.api.Test;

/** The multiplex bead-count rule is saved with the analysis settings, backward-compatibly (absent = 50, flag only). */
class BeadCountSettingTest {

    private final ProjectCodec codec = new ProjectCodec();

    @Test
    void theRuleComesBackFromTheFile() throws Exception {
        Project p = ProjectFixtures.fullProject();
        Project milliplex = p.withAnalysisSettings(p.analysisSettings().withBeadCount(new BeadCountRule(35, true)));
        byte[] bytes = codec.encode(milliplex);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"beadCount\""));
        assertEquals(new BeadCountRule(35, true), codec.decode(bytes, "p.cytobench").analysisSettings().beadCount());
    }

    @Test
    void theDefaultIsNotWrittenSoOlderFilesKeepTheirBytes() throws Exception {
        assertNull(SettingsMapper.toDto(AnalysisSettings.DEFAULT).beadCount());
        byte[] bytes = codec.encode(ProjectFixtures.fullProject());
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("beadCount"));
        assertEquals(BeadCountRule.DEFAULT, codec.decode(bytes, "p.cytobench").analysisSettings().beadCount());
    }

    @Test
    void aMissingPartTakesItsDefault() throws Exception {
        ObjectNode root = (ObjectNode) ProjectCodec.mapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) root.get("analysisSettings")).putObject("beadCount").put("minimum", 35);
        assertEquals(new BeadCountRule(35, false),
                codec.decode(ProjectCodec.mapper().writeValueAsBytes(root), "p.cytobench").analysisSettings().beadCount());
    }

    @Test
    void aNegativeMinimumIsRefusedWithASentence() throws Exception {
        ObjectNode root = (ObjectNode) ProjectCodec.mapper().readTree(codec.encode(ProjectFixtures.fullProject()));
        ((ObjectNode) root.get("analysisSettings")).putObject("beadCount").put("minimum", -1);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> codec.decode(ProjectCodec.mapper().writeValueAsBytes(root), "p.cytobench"));
        assertEquals("p.cytobench is damaged and cannot be opened: the bead-count minimum -1 is negative.", e.getMessage());
    }

    @Test
    void theSchemaAcceptsTheRuleAndRefusesANegativeMinimum() throws Exception {
        var validator = new org.cytobench.project.validation.ExperimentFileValidator();
        Project p = ProjectFixtures.fullProject();
        byte[] ok = codec.encode(p.withAnalysisSettings(p.analysisSettings().withBeadCount(new BeadCountRule(35, true))));
        assertTrue(validator.validate(ok, "p.cytobench").isEmpty(), () -> validator.validate(ok, "p.cytobench").toString());
        ObjectNode root = (ObjectNode) ProjectCodec.mapper().readTree(ok);
        ((ObjectNode) root.get("analysisSettings").get("beadCount")).put("minimum", -5);
        var problems = validator.validate(ProjectCodec.mapper().writeValueAsBytes(root), "p.cytobench");
        assertTrue(problems.stream().anyMatch(x -> x.toString().contains("analysisSettings.beadCount.minimum")), problems::toString);
    }
}
