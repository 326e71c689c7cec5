package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.cli.AnalyzeCommandTest.Run;
import org.cytobench.plate.AssayPlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.ProtocolTemplate;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.plate.WellRole;
import org.cytobench.project.ProjectFiles;
import org.cytobench.ui.culture.TemplateViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;

    private static Run run(String... args) { return AnalyzeCommandTest.run(args); }

    @Test
    void makesTheReferenceProtocolFromOptionsAsTheTemplateDialogDoes() throws Exception {
        Path f = dir.resolve("run.cytobench");
        Run r = run("new", f.toString(), "--template", "pbmc-thymalfasin", "--donors", "3", "--doses", "10,50,100",
                "--stimulus", "lps:100", "--analytes", "IL-6,TNF-alpha,IL-10", "--standards", "1000:2:7", "--replicates", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("54 culture wells (3 donors, 6 groups, 3 replicates; LPS 100 ng/mL), ELISA plates IL-6, TNF-α, IL-10"), r.out());
        Experiment e = new ProjectFiles().open(f).experiment();
        // the workbench's dialog with its defaults (3 donors, 10/50/100, IL-6/TNF-α/IL-10) makes the same experiment
        assertEquals(new TemplateViewModel().build().orElseThrow(), e);
        assertEquals(ProtocolTemplate.reference().build(), e);
        Treatment f12 = e.culture().wells().get(WellPosition.parse("F9"));
        assertEquals(100.0, f12.thymalfasinNgPerMl());
        assertEquals("D3", f12.donor());
        AssayPlate il6 = e.assays().get(0).layout();
        assertEquals(WellRole.STANDARD, il6.wells().get(WellPosition.parse("A11")).role());
        assertEquals(1000.0, il6.wells().get(WellPosition.parse("A12")).nominalConcentration());
        assertEquals(15.625, il6.wells().get(WellPosition.parse("G11")).nominalConcentration());
        assertEquals(WellRole.SAMPLE, il6.wells().get(WellPosition.parse("B2")).role());
    }

    @Test
    void everyChoiceOfTheTemplateIsAnOption() throws Exception {
        Path f = dir.resolve("cd3.cytobench");
        Run r = run("new", f.toString(), "--template", "pbmc-thymalfasin", "--name", "Pilot", "--donors", "2", "--doses", "25",
                "--stimulus", "anti-cd3-cd28", "--analytes", "IFN-gamma,IL-2", "--standards", "500:3:6", "--replicates", "4");
        assertEquals(0, r.code(), r.err());
        Experiment e = new ProjectFiles().open(f).experiment();
        assertEquals("Pilot", e.name());
        assertEquals(2 * 4 * 4, e.culture().wells().size());
        assertEquals(Stimulus.ANTI_CD3_CD28, e.culture().wells().get(WellPosition.parse("D8")).stimulus());
        assertEquals(List.of("IFN-γ", "IL-2"), e.assays().stream().map(a -> a.layout().analyte().name()).toList());
        AssayPlate p = e.assays().get(0).layout();
        assertEquals(500.0, p.wells().get(WellPosition.parse("A11")).nominalConcentration());
        assertEquals(500.0 / 243, p.wells().get(WellPosition.parse("F11")).nominalConcentration(), 1e-12);
        assertEquals(WellRole.ZERO_STANDARD, p.wells().get(WellPosition.parse("G12")).role());
    }

    @Test
    void theFileIsReadyForAnalyzeWithLayout() {
        Path f = dir.resolve("layout.cytobench");
        assertEquals(0, run("new", f.toString(), "--template", "pbmc-thymalfasin", "--analytes", "IL-6").code());
        Run a = run("analyze", "--layout", f.toString(), "--plate", "sample-data/2024-11-14_IL-6_Gen5.txt", "--out",
                dir.resolve("out").toString(), "--no-charts");
        assertTrue(a.code() == 0 || a.code() == 1, "analysed (QC may fail on another layout): " + a.err());
        assertTrue(Files.exists(dir.resolve("out").resolve("wells.csv")));
    }

    @Test
    void refusesBadChoicesWithUsageAndNeverOverwritesSilently() throws Exception {
        Path f = dir.resolve("x.cytobench");
        Run tooMany = run("new", f.toString(), "--template", "pbmc-thymalfasin", "--donors", "4", "--replicates", "4");
        assertEquals(3, tooMany.code());
        assertTrue(tooMany.err().startsWith("cytobench new: the template holds 1 to 3 donors with 4 replicates, not 4"), tooMany.err());
        assertEquals(3, run("new", f.toString(), "--template", "elispot").code());
        assertEquals(3, run("new", f.toString()).code());
        Run dose = run("new", f.toString(), "--template", "pbmc-thymalfasin", "--doses", "10,fifty");
        assertTrue(dose.err().startsWith("cytobench new: --doses: 'fifty' is not a number"), dose.err());
        assertTrue(run("new", f.toString(), "--template", "pbmc-thymalfasin", "--standards", "1000:2").err().contains("TOP:FACTOR:LEVELS"));
        assertTrue(run("new", f.toString(), "--template", "pbmc-thymalfasin", "--stimulus", "none").err().contains("must be a stimulus"));
        assertFalse(Files.exists(f));

        Files.writeString(f, "precious");
        Run exists = run("new", f.toString(), "--template", "pbmc-thymalfasin");
        assertEquals(2, exists.code());
        assertEquals(f + ": already exists; not overwritten (add --force to replace it)", exists.err().strip());
        assertEquals("precious", Files.readString(f));
        assertEquals(0, run("new", f.toString(), "--template", "pbmc-thymalfasin", "--force").code());
    }
}
