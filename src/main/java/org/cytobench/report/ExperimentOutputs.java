package org.cytobench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytobench.chart.ChartExporter;
import org.cytobench.chart.PlateHeatMapChart;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.AssayWell;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.MaskedWell;
import org.cytobench.plate.Read;
import org.cytobench.plate.Treatment;
import org.cytobench.plate.WellPosition;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFormat;
import org.jfree.chart.JFreeChart;

/**
 * Writes an experiment's outputs into a folder: per-plate charts as PNG, SVG and PDF, the well table (wells.csv and a
 * results.xlsx sheet) and report.pdf with the experiment summary, each plate's heat map, the exclusions with reasons and
 * the SHA-256 of every raw file.
 */
public final class ExperimentOutputs {

    /** @param charts write chart files and put charts in the report; off for batch runs that only want tables */
    public record Options(int dpi, boolean charts) {
        public static final Options DEFAULT = new Options(ChartExporter.DEFAULT_DPI, true);
    }

    /** What was written. */
    public record Written(List<Path> files, int plates) {}

    private ExperimentOutputs() {}

    public static Written write(Project project, Path dir, Options options, Progress progress) throws IOException {
        Files.createDirectories(dir);
        Experiment e = project.experiment();
        List<Path> files = new ArrayList<>();
        List<AssayRun> runs = e.assays();
        int total = runs.size() + 2;
        ReportDocument report = new ReportDocument("Cytobench " + ProjectFormat.APP_VERSION + " · " + e.name());
        summary(report, project);
        for (int i = 0; i < runs.size(); i++) {
            progress.checkCancelled();
            AssayRun run = runs.get(i);
            progress.step("plate " + run.layout().name(), i, total);
            if (options.charts() && run.readings() != null) report.keepTogether(PlateHeatMapChart.SIZE.heightPoints() * 0.95 + 40);
            report.heading("Plate " + (i + 1) + ": " + run.layout().name() + " (" + run.layout().analyte().name() + ")");
            if (run.readings() == null) {
                report.paragraph("No readings were imported for this plate.");
                continue;
            }
            if (options.charts()) {
                JFreeChart heat = PlateHeatMapChart.create(run);
                String base = fileStem(i, run, "heatmap");
                ChartExporter.writeAll(heat, PlateHeatMapChart.SIZE, options.dpi(), dir, base);
                for (String ext : List.of("png", "svg", "pdf")) files.add(dir.resolve(base + "." + ext));
                report.figure(heat, PlateHeatMapChart.SIZE);
            }
            if (!run.maskList().isEmpty()) {
                Table.Builder masks = Table.builder("masked", "well", "reason");
                for (MaskedWell m : run.maskList()) masks.row(m.well().label(), m.reason());
                report.table(masks.build());
            }
        }
        progress.checkCancelled();
        progress.step("tables", runs.size(), total);
        Table wells = wellTable(e);
        Path csv = dir.resolve("wells.csv");
        TableWriter.writeCsv(wells, csv);
        files.add(csv);
        Path xlsx = dir.resolve("results.xlsx");
        TableWriter.writeXlsx(List.of(wells), xlsx);
        files.add(xlsx);

        progress.step("report", runs.size() + 1, total);
        methods(report, project);
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, report.toPdf(e.name()));
        files.add(pdf);
        progress.step("done", total, total);
        return new Written(files, runs.size());
    }

    static String fileStem(int index, AssayRun run, String what) {
        String analyte = run.layout().analyte().name();
        String plate = run.layout().name();
        String name = (plate.equals(analyte) ? analyte : analyte + "-" + plate).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return String.format(Locale.ROOT, "plate%02d-%s-%s", index + 1, name, what);
    }

    private static void summary(ReportDocument r, Project p) {
        Experiment e = p.experiment();
        r.title(e.name());
        long donors = e.culture().wells().values().stream().map(Treatment::donor).distinct().count();
        r.paragraph("Culture plate: " + e.culture().name() + ", " + e.culture().wells().size() + " culture wells, "
                + donors + (donors == 1 ? " donor, " : " donors, ") + e.culture().replicates().size() + " treatment groups. "
                + "Assay plates: " + e.assays().size() + " (" + String.join(", ", e.assays().stream()
                        .map(a -> a.layout().analyte().name()).distinct().toList()) + ").");
        if (!e.notes().isBlank()) r.paragraph("Notes: " + e.notes());
    }

    private static void methods(ReportDocument r, Project p) {
        Experiment e = p.experiment();
        r.heading("Methods");
        StringBuilder s = new StringBuilder();
        for (String analyte : e.assays().stream().map(a -> a.layout().analyte().name()).distinct().toList()) {
            var cs = e.curveSettingsFor(e.assays().stream().filter(a -> a.layout().analyte().name().equals(analyte))
                    .findFirst().orElseThrow().layout().analyte());
            s.append(analyte).append(": ").append(cs.model().id().toUpperCase(Locale.ROOT)).append(" standard curve, weights ")
                    .append(cs.weighting().id()).append(". ");
        }
        int masked = e.assays().stream().mapToInt(a -> a.masks().size()).sum();
        s.append(masked == 0 ? "No wells were excluded. " : masked + (masked == 1 ? " well was" : " wells were")
                + " excluded by the analyst (listed with reasons under each plate). ");
        s.append("Software: Cytobench ").append(ProjectFormat.APP_VERSION).append(" (Java ").append(System.getProperty("java.version"))
                .append(").");
        r.paragraph(s.toString());
        if (!p.sources().isEmpty()) {
            Table.Builder t = Table.builder("raw files", "raw file", "bytes", "SHA-256");
            for (SourceFile f : p.sources()) t.row(f.name(), f.size(), f.sha256());
            r.table(t.build());
        }
    }

    /** Every well of every plate with a reading or a role: plate, analyte, well, role, group, raw values. */
    static Table wellTable(Experiment e) {
        Table.Builder t = Table.builder("wells", "plate", "analyte", "well", "role", "group", "donor", "primary read", "raw",
                "reference read", "reference", "raw minus reference", "marker", "masked");
        for (AssayRun run : e.assays()) {
            if (run.readings() == null) continue;
            Read primary = run.primaryRead() == null ? run.readings().rawReads().stream().findFirst().orElse(null)
                    : run.readings().read(run.primaryRead()).orElse(null);
            Read reference = run.referenceRead() == null ? null : run.readings().read(run.referenceRead()).orElse(null);
            if (primary == null) continue;
            for (WellPosition w : run.readings().format().wells()) {
                AssayWell role = run.layout().well(w);
                Double raw = primary.value(w);
                if (raw == null && primary.marker(w) == null && role.role() == org.cytobench.plate.WellRole.EMPTY) continue;
                Double ref = reference == null ? null : reference.value(w);
                Treatment tr = role.cultureWells().isEmpty() ? null : e.culture().treatment(role.cultureWells().get(0));
                MaskedWell mask = run.masks().get(w);
                t.row(run.layout().name(), run.layout().analyte().name(), w.label(), role.role().name().toLowerCase(Locale.ROOT),
                        tr == null ? null : tr.group().label(), tr == null ? null : tr.donor(), primary.name(), raw,
                        reference == null ? null : reference.name(), ref, raw != null && ref != null ? raw - ref : null,
                        primary.marker(w), mask == null ? null : mask.reason());
            }
        }
        return t.build();
    }
}
