package org.cytobench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cytobench.multiplex.AnalyteConcordance;
import org.cytobench.multiplex.Concordance;
import org.cytobench.multiplex.WellConcordance;

/**
 * {@code concordance.csv}: per multiplex analyte one row per well with a vendor result ({@code kind} = {@code well}), then
 * the analyte's summary ({@code kind} = {@code analyte}). Columns are stable; new ones are only appended (README).
 */
public final class ConcordanceTable {
    private ConcordanceTable() {}

    public static final String FILE = "concordance.csv";

    public static Table of(List<AnalyteConcordance> list) {
        Table.Builder b = Table.builder("concordance", "plate", "analyte", "kind", "well", "role", "sample", "signal",
                "vendor concentration", "vendor flag", "Cytobench concentration", "Cytobench status", "difference %",
                "status differs", "wells compared", "median |difference| %", "max |difference| %", "wells differing by status",
                "vendor model", "vendor equation", "Cytobench model", "Cytobench parameters",
                "vendor-model refit concentration", "vendor-model refit equation", "refit max |difference| %");
        for (AnalyteConcordance a : list) {
            for (WellConcordance w : a.wells()) {
                b.row(a.plate(), a.analyte(), "well", w.well().label(), w.role(), w.sample(), w.signal(), w.vendor(), w.vendorFlag(),
                        w.cytobench(), w.cytobenchStatus(), percent(w.relativeDifference()), w.statusDiffers() ? "yes" : "no",
                        null, null, null, null, null, null, null, null, w.refit(), null, null);
            }
            b.row(a.plate(), a.analyte(), "analyte", null, null, null, null, null, null, null, null, null, null, a.compared(),
                    percent(a.medianDifference()), percent(a.maxDifference()), a.statusDifferences(), a.vendorModel(),
                    a.vendorEquation(), a.cytobenchModel(), a.cytobenchParameters(), null, a.refitEquation(),
                    percent(a.maxRefitDifference()));
        }
        return b.build();
    }

    private static Double percent(Double d) {
        return d == null || d.isNaN() ? null : 100 * d;
    }

    /**
     * Writes concordance.csv into {@code dir} when the project has multiplex runs with vendor results (what {@code analyze}
     * does after its other outputs); empty otherwise.
     */
    public static java.util.Optional<Path> writeIfMultiplex(org.cytobench.project.Project project,
                                                            org.cytobench.analysis.ExperimentAnalysis analysis, Path dir) throws IOException {
        if (project.experiment().assays().stream().noneMatch(org.cytobench.plate.AssayRun::isMultiplex)) return java.util.Optional.empty();
        java.util.Map<String, org.cytobench.io.SourceFile> sources = new java.util.HashMap<>();
        for (org.cytobench.io.SourceFile f : project.sources()) sources.put(f.name(), f);
        List<AnalyteConcordance> list = Concordance.of(project.experiment(), analysis, sources);
        return list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(write(list, dir));
    }

    /** The concordance of a project's multiplex runs with the vendor's results; empty without multiplex runs. */
    public static List<AnalyteConcordance> of(org.cytobench.project.Project project, org.cytobench.analysis.ExperimentAnalysis analysis) {
        if (project.experiment().assays().stream().noneMatch(org.cytobench.plate.AssayRun::isMultiplex)) return List.of();
        java.util.Map<String, org.cytobench.io.SourceFile> sources = new java.util.HashMap<>();
        for (org.cytobench.io.SourceFile f : project.sources()) sources.put(f.name(), f);
        return Concordance.of(project.experiment(), analysis, sources);
    }

    public static Path write(List<AnalyteConcordance> list, Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        TableWriter.writeCsv(of(list), f);
        return f;
    }
}
