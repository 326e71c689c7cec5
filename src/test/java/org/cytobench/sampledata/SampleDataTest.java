package org.cytobench.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    static final Path DIR = Path.of("sample-data");

    /** The committed example is exactly what the generator writes (run with -Dcytobench.sampledata.write=true to update). */
    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws Exception {
        Map<String, byte[]> files = SampleDataGenerator.generate();
        if (Boolean.getBoolean("cytobench.sampledata.write")) SampleDataGenerator.main(new String[] {DIR.toString()});
        assertEquals(List.of(SampleDataGenerator.IL6_FILE, SampleDataGenerator.TNF_FILE, SampleDataGenerator.IL10_FILE,
                SampleDataGenerator.PROJECT_FILE), List.copyOf(files.keySet()));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(DIR.resolve(f.getKey())), f.getKey() + " differs from the generator's output");
        }
    }

    @Test
    void theExampleOpensWithItsExportsEmbeddedByteForByte() throws Exception {
        Project p = new ProjectFiles().open(DIR.resolve(SampleDataGenerator.PROJECT_FILE));
        assertEquals(54, p.experiment().culture().wells().size());
        assertEquals(List.of("IL-6", "TNF-α", "IL-10"), p.experiment().assays().stream().map(a -> a.layout().analyte().name()).toList());
        for (AssayRun run : p.experiment().assays()) {
            SourceFile embedded = p.source(run.sourceFile()).orElseThrow();
            assertArrayEquals(Files.readAllBytes(DIR.resolve(run.sourceFile())), embedded.bytes());
            assertEquals(450.0, run.readings().read(run.primaryRead()).orElseThrow().wavelengthNm());
            assertEquals(570.0, run.readings().read(run.referenceRead()).orElseThrow().wavelengthNm());
            assertEquals(54, run.layout().wells().values().stream().filter(w -> w.role() == org.cytobench.plate.WellRole.SAMPLE).count());
        }
        AssayRun il6 = p.experiment().assays().get(0);
        assertEquals("OVRFLW", il6.readings().read("ELISA:450").orElseThrow().marker(WellPosition.parse("C5")));
        AssayRun il10 = p.experiment().assays().get(2);
        assertEquals(List.of(WellPosition.parse("D8")), List.copyOf(il10.masks().keySet()));
        assertEquals(20.0, il6.layout().well(WellPosition.parse("F9")).dilutionFactor());
    }

    /** The simulated thymalfasin effect, read straight from the exported ODs (450 − 570), has the direction the README states. */
    @Test
    void theSimulatedEffectHasTheStatedDirection() throws Exception {
        Project p = new ProjectFiles().open(DIR.resolve(SampleDataGenerator.PROJECT_FILE));
        double[] il6 = rowMeans(p.experiment().assays().get(0));
        double[] tnf = rowMeans(p.experiment().assays().get(1));
        double[] il10 = rowMeans(p.experiment().assays().get(2));
        // rows C–F: LPS + vehicle, + Tα1 10, 50, 100 ng/mL
        assertTrue(il6[2] > il6[3] && il6[3] > il6[4] && il6[4] > il6[5], "IL-6 falls with the dose");
        assertTrue(tnf[2] > tnf[3] && tnf[3] > tnf[4] && tnf[4] > tnf[5], "TNF-α falls with the dose");
        assertTrue(il10[2] < il10[3] && il10[3] < il10[4] && il10[4] < il10[5], "IL-10 rises with the dose");
        // unstimulated IL-6 and TNF-α (rows A–B) read below the lowest standard (15.6 pg/mL, rows G of columns 11–12)
        Read il6Corr = p.experiment().assays().get(0).readings().read("Delta OD").orElseThrow();
        double lowestStd = (il6Corr.value(WellPosition.parse("G11")) + il6Corr.value(WellPosition.parse("G12"))) / 2;
        assertTrue(il6[0] < lowestStd && il6[1] < lowestStd, "unstimulated IL-6 is below the LLOQ");
        // the TNF-α plate's swapped standards: the 125 pg/mL wells (row D) read lower than the 62.5 pg/mL wells (row E)
        Read tnf450 = p.experiment().assays().get(1).readings().read("450").orElseThrow();
        assertTrue(tnf450.value(WellPosition.parse("D11")) < tnf450.value(WellPosition.parse("E11")));
    }

    /** Mean of (primary − reference) over the nine culture wells of each row A–F, leaving out markers and masks. */
    private static double[] rowMeans(AssayRun run) {
        Read a = run.readings().read(run.primaryRead()).orElseThrow();
        Read b = run.readings().read(run.referenceRead()).orElseThrow();
        double[] means = new double[6];
        for (int r = 0; r < 6; r++) {
            double sum = 0;
            int n = 0;
            for (int c = 0; c < 9; c++) {
                WellPosition w = new WellPosition(r, c);
                if (a.value(w) == null || run.isMasked(w)) continue;
                sum += a.value(w) - b.value(w);
                n++;
            }
            means[r] = sum / n;
        }
        return means;
    }
}
