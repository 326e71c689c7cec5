package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.ExperimentAnalyzer;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.analysis.ReplicateUnit;
import org.cytobench.analysis.WellResult;
import org.cytobench.plate.Stimulus;
import org.cytobench.plate.TreatmentGroup;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `analyze` of the sample experiment through Main.run: the tables carry the analysis' own numbers. */
class AnalyzeOutputsTest {
    @TempDir
    static Path dir;
    static AnalyzeCommandTest.Run run;
    static ExperimentAnalysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        run = AnalyzeCommandTest.run("analyze", AnalyzeCommandTest.SAMPLE.toString(), "--out", dir.toString(), "--dpi", "40",
                "--plate-charts", "png,svg,pdf");
        Project p = new ProjectFiles().open(AnalyzeCommandTest.SAMPLE);
        analysis = ExperimentAnalyzer.analyze(p.experiment(), p.analysisSettings());
    }

    /** Rows of a CSV file as column → cell maps (RFC 4180 quoting). */
    static List<Map<String, String>> csv(Path file) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(cell.toString()); cell.setLength(0); }
            else if (c == '\r') { }
            else if (c == '\n') { row.add(cell.toString()); cell.setLength(0); lines.add(row); row = new ArrayList<>(); }
            else cell.append(c);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < l.size(); c++) m.put(lines.get(0).get(c), l.get(c));
            out.add(m);
        }
        return out;
    }

    static Map<String, String> find(List<Map<String, String>> rows, String... keyValues) {
        return rows.stream().filter(r -> {
            for (int i = 0; i < keyValues.length; i += 2) if (!keyValues[i + 1].equals(r.get(keyValues[i]))) return false;
            return true;
        }).findFirst().orElseThrow(() -> new AssertionError("no row " + String.join(",", keyValues)));
    }

    static PlateAnalysis plate(String analyte) {
        return analysis.plates().stream().filter(p -> p.analyte().name().equals(analyte)).findFirst().orElseThrow();
    }

    @Test
    void exitsOneAndSaysTheTnfPlateFailedAndWhy() {
        assertEquals(Main.FAILED, run.code(), run.err());
        assertTrue(run.err().contains("plate 2 TNF-α: QC failed: only 2 of 7 standard levels passed"), run.err());
        assertTrue(run.out().contains("plate 1 IL-6: QC pass"), run.out());
        assertTrue(run.out().contains("plate 3 IL-10: QC pass"), run.out());
    }

    @Test
    void wellsCsvHasTheAnalysisConcentrationsStatusesAndReasons() throws Exception {
        List<Map<String, String>> wells = csv(dir.resolve("wells.csv"));
        assertEquals(3 * 96 + 54 * 4, wells.size(), "3 plates, then the flow assay's 54 samples × 4 readouts");
        WellResult b4 = plate("IL-6").well(WellPosition.parse("C4")).orElseThrow();
        Map<String, String> row = find(wells, "analyte", "IL-6", "well", "C4");
        assertEquals(b4.concentration(), Double.parseDouble(row.get("concentration")), 0);
        assertEquals(b4.ciLow(), Double.parseDouble(row.get("CI low")), 0);
        assertEquals("ok", row.get("status"));
        assertEquals("20", row.get("dilution"));
        assertEquals("LPS 100 ng/mL + vehicle", row.get("group"));
        assertEquals("D2", row.get("donor"));
        assertTrue(b4.concentration() > 5000, "IL-6 of an LPS well after ×20: " + b4.concentration());

        Map<String, String> c5 = find(wells, "analyte", "IL-6", "well", "C5");
        assertEquals("instrument marker", c5.get("status"));
        assertEquals("OVRFLW", c5.get("marker"));
        assertEquals("", c5.get("concentration"));
        Map<String, String> d8 = find(wells, "analyte", "IL-10", "well", "D8");
        assertEquals("masked", d8.get("status"));
        assertTrue(d8.get("mask reason").startsWith("bubble in the well at reading"), d8.get("mask reason"));
        Map<String, String> a1 = find(wells, "analyte", "IL-6", "well", "A1");
        assertEquals("< LLOQ", a1.get("status"));
        assertEquals("LLOQ/2 (substituted)", a1.get("entered as"));
        assertEquals(15.625 / 2 * 20, Double.parseDouble(a1.get("value in statistics")), 1e-9);
        assertEquals("", a1.get("nominal"));
        assertEquals("1000", find(wells, "analyte", "IL-6", "well", "A11").get("nominal"));
        assertEquals("measured", find(wells, "analyte", "IL-6", "well", "C1").get("entered as"));
        assertEquals("excluded (plate failed QC)", find(wells, "analyte", "TNF-α", "well", "C1").get("entered as"));
    }

    @Test
    void groupsCsvHasTheDunnettAndHolmPValuesOfTheAnalysis() throws Exception {
        List<Map<String, String>> groups = csv(dir.resolve("groups.csv"));
        DoseResponse il6 = analysis.doseResponse("IL-6").orElseThrow();
        for (double dose : new double[] {10, 50, 100}) {
            TreatmentGroup g = new TreatmentGroup(Stimulus.lps(100).label(), dose, true);
            var c = il6.comparison(g).orElseThrow();
            Map<String, String> row = find(groups, "analyte", "IL-6", "group", g.label());
            assertEquals(c.dunnett().p(), Double.parseDouble(row.get("Dunnett p")), 0, g.label());
            assertEquals(c.welchHolmP(), Double.parseDouble(row.get("Welch p Holm")), 0);
            assertEquals(c.stars(), row.get("significance"));
            assertEquals("3", row.get("n"));
            assertEquals("donor means", row.get("n unit"));
        }
        // donor-blocked by default; R (stats-block-reference.R on sample-data-wells.csv): Dunnett on the block model
        // p = 0.000235091 at 100 ng/mL and 0.0300577 at 10 ng/mL (R integrate)
        Map<String, String> top = find(groups, "analyte", "IL-6", "group", "LPS 100 ng/mL + Tα1 100 ng/mL");
        assertEquals(0.000235091, Double.parseDouble(top.get("Dunnett p")), 1e-6);
        assertEquals(0.0300577, Double.parseDouble(find(groups, "analyte", "IL-6", "group", "LPS 100 ng/mL + Tα1 10 ng/mL").get("Dunnett p")), 1e-6);
        assertEquals("donor-blocked", top.get("design"));
        assertEquals("6", top.get("residual df"));
        assertEquals("3", top.get("ANOVA df1"));
        assertEquals("6", top.get("ANOVA df2"));
        assertEquals("linear", top.get("scale"));
        assertEquals(6.414039, Double.parseDouble(top.get("mixed model df")), 1e-4);
        Map<String, String> vehicle = find(groups, "analyte", "IL-6", "group", "LPS 100 ng/mL + vehicle");
        assertEquals("1", vehicle.get("fold change"));
        assertEquals("", vehicle.get("Dunnett p"));
        assertEquals("LLOQ/2", vehicle.get("below LLOQ entered as"));
        assertEquals("no", vehicle.get("mostly substituted"));
        assertEquals("yes", find(groups, "analyte", "IL-6", "group", "Unstimulated").get("mostly substituted"));
        assertEquals("9", find(groups, "analyte", "IL-6", "group", "Unstimulated").get("substituted wells"));
        assertTrue(find(groups, "analyte", "TNF-α").get("note").contains("failed QC"));
    }

    @Test
    void qcCsvFlagsTheSwappedTnfStandards() throws Exception {
        List<Map<String, String>> qc = csv(dir.resolve("qc.csv"));
        Map<String, String> s62 = find(qc, "analyte", "TNF-α", "kind", "standard", "nominal", "62.5");
        assertEquals("fail", s62.get("result"));
        assertEquals(270.6, Double.parseDouble(s62.get("recovery %")), 0.05);
        Map<String, String> s125 = find(qc, "analyte", "TNF-α", "kind", "standard", "nominal", "125");
        assertEquals("fail", s125.get("result"));
        assertEquals(73.6, Double.parseDouble(s125.get("recovery %")), 0.05);
        Map<String, String> verdict = find(qc, "analyte", "TNF-α", "kind", "plate");
        assertEquals("fail", verdict.get("result"));
        assertTrue(verdict.get("reason").contains("only 2 of 7 standard levels passed"), verdict.get("reason"));
        Map<String, String> il6 = find(qc, "analyte", "IL-6", "kind", "plate");
        assertEquals("pass", il6.get("result"));
        assertEquals("15.625", il6.get("LLOQ"));
        assertEquals(plate("IL-6").standards().get(0).backCalculated(),
                Double.parseDouble(find(qc, "analyte", "IL-6", "kind", "standard", "nominal", "15.625").get("back-calculated")), 0);
    }

    @Test
    void curvesCsvHasEveryParameterWithItsSeAndCi() throws Exception {
        List<Map<String, String>> curves = csv(dir.resolve("curves.csv"));
        for (String analyte : List.of("IL-6", "TNF-α", "IL-10")) {
            var f = plate(analyte).fit();
            List<String> names = f.model().parameterNames();
            for (int i = 0; i < names.size(); i++) {
                Map<String, String> row = find(curves, "analyte", analyte, "parameter", names.get(i));
                assertEquals("4pl", row.get("model"));
                assertEquals("1/y2", row.get("weighting"));
                assertEquals(f.parameters().get(i), Double.parseDouble(row.get("estimate")), 0, analyte + " " + names.get(i));
                assertEquals(f.standardErrors().get(i), Double.parseDouble(row.get("SE")), 0);
                assertEquals(f.ciLow().get(i), Double.parseDouble(row.get("CI low")), 0);
                assertEquals(f.ciHigh().get(i), Double.parseDouble(row.get("CI high")), 0);
                assertEquals(f.rss(), Double.parseDouble(row.get("rss")), 0);
                assertEquals(f.n() - 4, Integer.parseInt(row.get("residual df")));
                assertEquals(f.n(), Integer.parseInt(row.get("points used")));
                assertEquals(f.r2(), Double.parseDouble(row.get("R²")), 0);
                assertEquals("converged", row.get("fit status"));
            }
        }
        assertEquals(12, curves.size());
        assertEquals("15.625", find(curves, "analyte", "IL-6", "parameter", "a").get("LLOQ"));
        assertEquals("1000", find(curves, "analyte", "IL-6", "parameter", "a").get("ULOQ"));
        assertEquals("fail", find(curves, "analyte", "TNF-α", "parameter", "a").get("QC"));
        assertEquals("pass", find(curves, "analyte", "IL-10", "parameter", "d").get("QC"));
    }

    @Test
    void everyChartInThreeFormatsWithCleanAsciiNames() throws Exception {
        List<String> names;
        try (var files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        for (String stem : List.of("plate01-IL-6-heatmap", "plate01-IL-6-curve", "plate01-IL-6-residuals", "plate02-TNF-alpha-curve",
                "plate03-IL-10-residuals", "dose-IL-6", "dose-IL-10", "dose-all")) {
            for (String ext : List.of("png", "svg", "pdf")) assertTrue(names.contains(stem + "." + ext), stem + "." + ext + " in " + names);
        }
        assertFalse(names.contains("dose-TNF-alpha.png"), "a plate that failed QC has no dose response to draw");
        for (String n : names) assertTrue(n.matches("[A-Za-z0-9._-]+"), n);
        // 3 plates × 3 charts, 2 dose figures and the all-analyte figure, 4 flow readouts' dose figures, each in 3 formats;
        // 7 tables, Prism file and report
        assertEquals(3 * 3 * 3 + 3 * 3 + 4 * 3 + 7, names.size(), names.toString());
        assertTrue(names.contains("results.pzfx"), names.toString());
        assertTrue(Files.readAllBytes(dir.resolve("results.xlsx")).length > 1000);
    }

    @Test
    void theProjectsOwnSettingsAreUsed(@TempDir Path tmp) throws Exception {
        Project p = new ProjectFiles().open(AnalyzeCommandTest.SAMPLE);
        Path file = tmp.resolve("wells-as-n.cytobench");
        new ProjectFiles().save(p.withAnalysisSettings(p.analysisSettings().withReplicateUnit(ReplicateUnit.CULTURE_WELL)), file);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze", file.toString(), "--out", tmp.resolve("out").toString(), "--no-charts");
        assertEquals(Main.FAILED, r.code(), r.err());
        Map<String, String> vehicle = find(csv(tmp.resolve("out").resolve("groups.csv")), "analyte", "IL-6", "group", "LPS 100 ng/mL + vehicle");
        assertEquals("culture wells", vehicle.get("n unit"));
        assertEquals("8", vehicle.get("n"), "C5 overflowed: 8 culture wells");
    }
}
