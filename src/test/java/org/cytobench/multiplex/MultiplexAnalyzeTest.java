package org.cytobench.multiplex;

import org.cytobench.analysis.BeadCountRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.cli.Main;
import org.cytobench.io.SourceFile;
import org.cytobench.io.multiplex.MultiplexExportsDir;
import org.cytobench.io.multiplex.MultiplexImporters;
import org.cytobench.io.multiplex.MultiplexPlate;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateFormat;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment built from the 30-plex xPONENT file, saved and analysed end to end by {@code analyze}. */
class MultiplexAnalyzeTest {

    @Test
    void analyzesTheThirtyPlexAndWritesConcordance(@TempDir Path dir) throws Exception {
        SourceFile f = MultiplexExportsDir.file("luminex-xponent/serolyzer_pone.0187901.s001.csv");
        MultiplexPlate plate = MultiplexImporters.importFile(f, null).plates().get(0);
        MultiplexRuns runs = MultiplexImport.toAssayRuns(plate, f.name(), null, BeadCountRule.DEFAULT);
        Experiment e = MultiplexImport.addTo(Experiment.of("30-plex", CulturePlate.empty("culture", PlateFormat.WELLS_96)), runs);
        Project project = Project.of(e).withSource(f);
        Path file = dir.resolve("plex.cytobench");
        new ProjectFiles().save(project, file);
        assertEquals(30, new ProjectFiles().open(file).experiment().assays().stream().filter(r -> "plate_1".equals(r.plateGroup())).count());

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"analyze", file.toString(), "--out", dir.resolve("out").toString(), "--no-charts"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8), stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, stderr); // some analytes fail QC under Cytobench's rules (see stderr), IL10 passes
        assertTrue(stdout.contains("plate 4 plate_1 (IL10): QC pass"), stdout);
        assertTrue(stderr.contains("plate 1 plate_1 (FGF): QC failed"), stderr);
        assertTrue(stdout.contains("concordance.csv"), stdout);
        List<String> wells = Files.readAllLines(dir.resolve("out/wells.csv"));
        assertTrue(wells.stream().anyMatch(l -> l.startsWith("plate_1,IL10,A2,standard,")), () -> wells.get(1));
        List<String> conc = Files.readAllLines(dir.resolve("out/concordance.csv"));
        assertEquals("plate,analyte,kind,well,role,sample,signal,vendor concentration,vendor flag,Cytobench concentration,"
                + "Cytobench status,difference %,status differs,wells compared,median |difference| %,max |difference| %,"
                + "wells differing by status,vendor model,vendor equation,Cytobench model,Cytobench parameters,"
                + "vendor-model refit concentration,vendor-model refit equation,refit max |difference| %", conc.get(0));
        String[] il10 = conc.stream().filter(l -> l.startsWith("plate_1,IL10,analyte,")).findFirst().orElseThrow().split(",");
        assertEquals("94", il10[13]);
        assertEquals(0.64, Double.parseDouble(il10[14]), 0.01);   // median |difference| % under Cytobench's 5PL 1/y²
        assertEquals("17", il10[16]);                              // wells one side calls in range, the other not
        assertEquals("Logistic 5P", il10[17]);
        // Cytobench re-fitting under the vendor's model: every vendor number reproduced to 4 significant figures
        for (String line : conc) {
            if (!line.contains(",analyte,") || line.startsWith("plate,")) continue;
            String[] c = line.split(",");
            assertTrue(Double.parseDouble(c[23]) < 0.005, line);
        }
        // Control1 (B1, dilution 2): the vendor's 6544.73 beside Cytobench's, × the same dilution
        String[] b1 = conc.stream().filter(l -> l.startsWith("plate_1,IL10,well,B1,")).findFirst().orElseThrow().split(",");
        assertEquals(6544.7325506269, Double.parseDouble(b1[7]), 1e-9);
        assertEquals(6544.73, Double.parseDouble(b1[9]), 0.02 * 6544.73);
        assertEquals(31, conc.stream().filter(l -> l.contains(",analyte,")).count()); // 30 analytes + the header line
        // the report has the same comparison, one row per analyte
        String report = org.cytobench.pdf.PdfContent.of(Files.readAllBytes(dir.resolve("out/report.pdf"))).text();
        assertTrue(report.contains("Concordance with the vendor's software"), report);
        assertTrue(report.contains("vendor-model refit"), report);
        assertTrue(report.contains("Logistic 5P"), report);
    }
}
