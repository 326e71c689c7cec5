package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final Path SAMPLE = Path.of("sample-data", "thymalfasin-pbmc.cytobench");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTablesChartsAndReportForTheSampleExperiment(@TempDir Path dir) throws Exception {
        Run r = run("analyze", SAMPLE.toString(), "--out", dir.toString(), "--dpi", "72", "--plate-charts", "png,svg,pdf");
        assertEquals(1, r.code(), "the TNF-α plate fails QC: " + r.err());
        assertTrue(Files.readString(dir.resolve("wells.csv")).startsWith("plate,analyte,well,role,group,donor,"));
        assertTrue(Files.exists(dir.resolve("results.xlsx")));
        for (String ext : List.of("png", "svg", "pdf")) assertTrue(Files.exists(dir.resolve("plate01-IL-6-heatmap." + ext)), ext);
        byte[] pdf = Files.readAllBytes(dir.resolve("report.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        // 3 plates × 96 wells with a reading: every one is a row; then the flow assay's 54 samples × 4 readouts
        assertEquals(1 + 3 * 96 + 54 * 4, Files.readAllLines(dir.resolve("wells.csv")).size());
    }

    @Test
    void byDefaultEveryPlatesChartsAreFilesAndNoneLeavesThemInTheReport(@TempDir Path dir) throws Exception {
        Path byDefault = dir.resolve("default"), none = dir.resolve("none"), noCharts = dir.resolve("no-charts");
        assertEquals(1, run("analyze", SAMPLE.toString(), "--out", byDefault.toString(), "--dpi", "36").code());
        assertEquals(1, run("analyze", SAMPLE.toString(), "--out", none.toString(), "--dpi", "36", "--plate-charts", "none").code());
        assertEquals(1, run("analyze", SAMPLE.toString(), "--out", noCharts.toString(), "--no-charts").code());
        List<String> dose = names(byDefault).stream().filter(n -> n.startsWith("dose-")).toList();
        assertTrue(dose.containsAll(List.of("dose-IL-6.png", "dose-IL-6.svg", "dose-IL-6.pdf", "dose-all.png",
                "dose-CD69-of-CD4.png")), dose.toString());
        // the default is the file set analyze always wrote: every plate's heat map, curve and residuals in three formats
        List<String> expected = new java.util.ArrayList<>(names(noCharts));
        expected.addAll(dose);
        for (String plate : List.of("plate01-IL-6-", "plate02-TNF-alpha-", "plate03-IL-10-")) {
            for (String stem : List.of("heatmap", "curve", "residuals")) {
                for (String ext : List.of("png", "svg", "pdf")) expected.add(plate + stem + "." + ext);
            }
        }
        assertEquals(expected.stream().sorted().toList(), names(byDefault));
        // none: the dose figures as files, the plates' charts only in the report
        List<String> withoutPlates = new java.util.ArrayList<>(names(noCharts));
        withoutPlates.addAll(dose);
        assertEquals(withoutPlates.stream().sorted().toList(), names(none));
        assertTrue(Files.size(none.resolve("report.pdf")) > 2 * Files.size(noCharts.resolve("report.pdf")),
                Files.size(none.resolve("report.pdf")) + " vs " + Files.size(noCharts.resolve("report.pdf")));
    }

    @Test
    void plateChartsOptionWritesThePlatesChartsInTheFormatsAskedFor(@TempDir Path dir) throws Exception {
        assertEquals(1, run("analyze", SAMPLE.toString(), "--out", dir.toString(), "--dpi", "36", "--plate-charts", "png").code());
        List<String> names = names(dir);
        for (String stem : List.of("heatmap", "curve", "residuals")) {
            for (String plate : List.of("plate01-IL-6-", "plate02-TNF-alpha-", "plate03-IL-10-")) {
                assertTrue(names.contains(plate + stem + ".png"), plate + stem + " in " + names);
                assertFalse(names.contains(plate + stem + ".svg") || names.contains(plate + stem + ".pdf"), names.toString());
            }
        }
        assertTrue(names.contains("dose-all.svg"), "the dose figures are still written in every format");
    }

    @Test
    void plateChartsOptionRefusesUnknownFormats() {
        Run r = run("analyze", SAMPLE.toString(), "--out", "x", "--plate-charts", "png,gif");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("--plate-charts takes png, svg and pdf separated by commas, or none; not 'png,gif'"), r.err());
        assertEquals(3, run("analyze", SAMPLE.toString(), "--out", "x", "--plate-charts", "tiff").code());
        assertEquals(3, run("analyze", SAMPLE.toString(), "--out", "x", "--plate-charts").code());
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void noChartsWritesNoChartFiles(@TempDir Path dir) throws Exception {
        assertEquals(1, run("analyze", SAMPLE.toString(), "--out", dir.toString(), "--no-charts").code());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("curves.csv", "groups.csv", "qc.csv", "report.pdf", "results.pzfx", "results.xlsx", "wells.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void layoutWithPlatesAssignsTheImportedPlatesInOrder(@TempDir Path dir) throws Exception {
        Run r = run("analyze", "--layout", SAMPLE.toString(), "--plate", "sample-data/2024-11-14_IL-6_Gen5.txt",
                "--plate", "TNF-α=sample-data/2024-11-14_TNF-alpha_SoftMaxPro.txt", "--plate", "IL-10=sample-data/2024-11-15_IL-10_Gen5.txt",
                "--out", dir.toString(), "--no-charts");
        assertEquals(1, r.code(), r.err());
        // the layout experiment's flow assay (its FCS files embedded) comes along: 54 samples × 4 readouts
        assertEquals(1 + 3 * 96 + 54 * 4, Files.readAllLines(dir.resolve("wells.csv")).size());
    }

    @Test
    void badInputIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("broken.cytobench");
        Files.writeString(junk, "{ not json");
        Run r = run("analyze", junk.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("broken.cytobench"), r.err());

        Run missing = run("analyze", "--layout", SAMPLE.toString(), "--plate", "nope.txt", "--out", dir.toString());
        assertEquals(2, missing.code());
        assertEquals("nope.txt: no such file", missing.err().strip());

        Run tooFew = run("analyze", "--layout", SAMPLE.toString(), "--plate", "sample-data/2024-11-14_IL-6_Gen5.txt", "--out", dir.toString());
        assertEquals(2, tooFew.code());
        assertTrue(tooFew.err().contains("has 3 assay plates but the plate files hold 1 plates"), tooFew.err());
    }

    static final String IL6 = "sample-data/2024-11-14_IL-6_Gen5.txt";
    static final String TNF = "sample-data/2024-11-14_TNF-alpha_SoftMaxPro.txt";
    static final String IL10 = "sample-data/2024-11-15_IL-10_Gen5.txt";

    @Test
    void platesAreMatchedByAnalyteNotByOrder(@TempDir Path dir) throws Exception {
        Run r = run("analyze", "--layout", SAMPLE.toString(), "--plate", IL10, "--plate", IL6, "--plate", TNF,
                "--out", dir.toString(), "--no-charts");
        assertEquals(1, r.code(), r.err());
        assertTrue(!r.err().contains("warning"), r.err());
        String wells = Files.readString(dir.resolve("wells.csv"));
        assertTrue(wells.lines().filter(l -> l.contains(",IL-6,")).allMatch(l -> !l.contains("IL-10")), "IL-6 rows hold IL-6 data");
        assertTrue(r.out().contains("plate 1 ") && r.out().contains("IL-6"), r.out());
        // the same analysis as with the files in layout order
        Path ordered = dir.resolve("ordered");
        run("analyze", "--layout", SAMPLE.toString(), "--plate", IL6, "--plate", TNF, "--plate", IL10, "--out", ordered.toString(), "--no-charts");
        assertEquals(Files.readString(ordered.resolve("groups.csv")), Files.readString(dir.resolve("groups.csv")));
    }

    @Test
    void analyteEqualsFileSaysWhichPlateIsWhich(@TempDir Path dir) throws Exception {
        Path renamed = dir.resolve("plate-b.txt");
        Files.copy(Path.of(IL6), renamed);
        Run r = run("analyze", "--layout", SAMPLE.toString(), "--plate", "TNF-α=" + TNF, "--plate", "IL-6=" + renamed,
                "--plate", IL10, "--out", dir.resolve("out").toString(), "--no-charts");
        assertEquals(1, r.code(), r.err());
        assertTrue(!r.err().contains("warning"), r.err());
        Run byOrder = run("analyze", "--layout", SAMPLE.toString(), "--plate", renamed.toString(), "--plate", TNF,
                "--plate", IL10, "--out", dir.resolve("out2").toString(), "--no-charts");
        assertEquals(1, byOrder.code(), byOrder.err());
        assertTrue(byOrder.err().contains("warning: " + renamed + ": its plate and file name name no analyte of the layout; assigned by"
                + " order to assay plate 1 (IL-6)"), byOrder.err());
    }

    @Test
    void theSameFileTwiceOrTheWrongAnalyteIsRefused(@TempDir Path dir) throws Exception {
        Run twice = run("analyze", "--layout", SAMPLE.toString(), "--plate", IL6, "--plate", IL6, "--plate", IL10, "--out", dir.toString());
        assertEquals(2, twice.code());
        assertEquals(IL6 + ": is the same file as 2024-11-14_IL-6_Gen5.txt (given twice)", twice.err().strip());
        Run wrong = run("analyze", "--layout", SAMPLE.toString(), "--plate", IL6, "--plate", "IL-10=" + TNF, "--plate", IL10,
                "--out", dir.toString());
        assertEquals(2, wrong.code());
        assertEquals(IL10 + ": is another IL-10 plate (by its name), but " + SAMPLE + " has only 1 IL-10 assay plate", wrong.err().strip());
        Path il6Only = dir.resolve("il6-only.cytobench");
        var p = new org.cytobench.project.ProjectFiles().open(SAMPLE);
        var e = p.experiment();
        var justIl6 = e.withoutAssay(2).withoutAssay(1);
        new org.cytobench.project.ProjectFiles().save(p.withExperiment(justIl6), il6Only);
        Run tnfForIl6 = run("analyze", "--layout", il6Only.toString(), "--plate", TNF, "--out", dir.toString());
        assertEquals(2, tnfForIl6.code());
        assertEquals(TNF + ": is a TNF-α plate (by its name), but " + il6Only + " measures IL-6", tnfForIl6.err().strip());
    }

    @Test
    void aReadTheLayoutNamesButTheFileLacksIsRefused(@TempDir Path dir) throws Exception {
        Path layout = dir.resolve("ref.cytobench");
        var p = new org.cytobench.project.ProjectFiles().open(SAMPLE);
        var e = p.experiment();
        var run0 = e.assays().get(0);
        var renamed = run0.withReadings(run0.readings(), run0.primaryRead(), "ELISA:600", run0.sourceFile());
        new org.cytobench.project.ProjectFiles().save(p.withExperiment(e.withAssay(0, renamed)), layout);
        Run r = run("analyze", "--layout", layout.toString(), "--plate", IL6, "--plate", TNF, "--plate", IL10, "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith(IL6 + ": has no read 'ELISA:600', which the layout names as the reference read; the file has "),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void usageErrorsExitWithThree() {
        assertEquals(3, run("analyze", SAMPLE.toString()).code(), "--out missing");
        assertEquals(3, run("analyze", "--out", "x").code());
        assertEquals(3, run("analyze", SAMPLE.toString(), "--out", "x", "--dpi", "many").code());
        assertEquals(3, run("analyze", "--layout", SAMPLE.toString(), "--out", "x").code(), "no plates");
        assertEquals(3, run("analyze", SAMPLE.toString(), "--out", "x", "--colour").code());
    }

    @Test
    void aPlateOfAnotherSizeThanItsLayoutIsRefused(@TempDir Path dir) throws Exception {
        StringBuilder grid = new StringBuilder();
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 24; c++) grid.append(c == 0 ? "" : ",").append(0.05 + 0.01 * (r * 24 + c));
            grid.append("\n");
        }
        Path plate384 = Files.writeString(dir.resolve("grid384.csv"), grid);
        Run r = run("analyze", "--layout", SAMPLE.toString(), "--plate", "IL-6=" + plate384,
                "--plate", "TNF-α=sample-data/2024-11-14_TNF-alpha_SoftMaxPro.txt", "--plate", "IL-10=sample-data/2024-11-15_IL-10_Gen5.txt",
                "--out", dir.resolve("out").toString(), "--no-charts");
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("grid384.csv: plate "), r.err());
        assertTrue(r.err().contains(" is a 384-well plate but assay plate 1 (IL-6) of " + SAMPLE + " is a 96-well plate"), r.err());
    }
}
