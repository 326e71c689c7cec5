package org.cytobench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.chart.ExportFormat;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.report.ConcordanceTable;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFileException;
import org.cytobench.project.ProjectFiles;
import org.cytobench.report.ExperimentOutputs;
import org.cytobench.report.Progress;

/**
 * {@code analyze EXPERIMENT.cytobench --out DIR} and {@code analyze --layout LAYOUT.cytobench --plate FILE ... --out DIR}
 * (the layout's assay plates receive the imported plates by analyte: {@code --plate ANALYTE=FILE}, else the analyte in the
 * plate's or the file's name, else in order with a warning). Options: {@code --dpi N} (PNG resolution, default 300),
 * {@code --plate-charts png,svg,pdf} (the formats of each plate's heat map, curve and residual files; default all three,
 * {@code none} leaves them in report.pdf only, which is 5× faster on a 100-plate batch), {@code --no-charts}. Exit code 0 when every plate passed QC, 1 when the analysis ran but a plate failed (which and why on
 * stderr), 2 bad input, 3 usage.
 */
final class AnalyzeCommand {
    private AnalyzeCommand() {}

    private static final String USAGE = "Usage: java -jar cytobench.jar analyze EXPERIMENT.cytobench --out DIR [--dpi N] [--plate-charts png,svg,pdf] [--no-charts]\n"
            + "       [--bead-count-min N] [--exclude-low-beads]   (multiplex bead-count QC; default: the experiment's setting)\n"
            + "       java -jar cytobench.jar analyze --layout LAYOUT.cytobench --plate [ANALYTE=]FILE [--plate ...] --out DIR";

    static int run(String[] args, PrintStream out, PrintStream err) {
        String experiment = null;
        String layout = null;
        String outDir = null;
        List<String> plates = new ArrayList<>();
        int dpi = 300;
        boolean charts = true;
        Integer beadMinimum = null;
        boolean excludeLowBeads = false;
        // every plate's charts as files in all three formats unless asked otherwise: the folder's file set is a contract
        // scripts rely on (docs/decisions/0009-plate-chart-files-on-request.md)
        Set<ExportFormat> plateCharts = EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "--layout", "--plate", "--dpi", "--plate-charts" -> {
                    if (i + 1 >= args.length) return usage(err, a + " needs a value");
                    String v = args[++i];
                    switch (a) {
                        case "--out" -> outDir = v;
                        case "--layout" -> layout = v;
                        case "--plate" -> plates.add(v);
                        case "--plate-charts" -> {
                            plateCharts = chartFormats(v);
                            if (plateCharts == null) {
                                return usage(err, "--plate-charts takes png, svg and pdf separated by commas, or none; not '" + v + "'");
                            }
                        }
                        default -> {
                            try {
                                dpi = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                return usage(err, "--dpi needs a whole number, not '" + v + "'");
                            }
                            if (dpi < 36 || dpi > 2400) return usage(err, "--dpi must be 36 to 2400");
                        }
                    }
                }
                case "--no-charts" -> charts = false;
                case "--exclude-low-beads" -> excludeLowBeads = true;
                case "--bead-count-min" -> {
                    if (i + 1 >= args.length) return usage(err, a + " needs a value");
                    try {
                        beadMinimum = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage(err, "--bead-count-min needs a whole number, not '" + args[i] + "'");
                    }
                    if (beadMinimum < 0) return usage(err, "--bead-count-min must be 0 or more");
                }
                default -> {
                    if (a.startsWith("--")) return usage(err, "unknown option '" + a + "'");
                    if (experiment != null) return usage(err, "only one EXPERIMENT file can be analysed at a time");
                    experiment = a;
                }
            }
        }
        if (outDir == null) return usage(err, "--out DIR is missing");
        if (experiment != null && layout != null) return usage(err, "give either EXPERIMENT or --layout, not both");
        if (experiment == null && layout == null) return usage(err, "EXPERIMENT or --layout is missing");
        if (layout != null && plates.isEmpty()) return usage(err, "--layout needs at least one --plate FILE");
        if (experiment != null && !plates.isEmpty()) return usage(err, "--plate goes with --layout");

        Project project;
        try {
            project = experiment != null ? new ProjectFiles().open(Path.of(experiment)) : withPlates(layout, plates, err);
        } catch (BadInput e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ProjectFileException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        if (beadMinimum != null || excludeLowBeads) project = withBeadCount(project, beadMinimum, excludeLowBeads);
        try {
            ExperimentOutputs.Written w = ExperimentOutputs.write(project, Path.of(outDir),
                    new ExperimentOutputs.Options(dpi, charts, plateCharts), Progress.NONE);
            out.println("Wrote " + w.files().size() + " files for " + w.plates() + " plates to " + outDir);
            // multiplex runs: each analyte's concentrations beside the vendor's (docs/multiplex.md)
            ConcordanceTable.writeIfMultiplex(project, w.analysis(), Path.of(outDir)).ifPresent(f -> out.println("Wrote " + f));
            return verdicts(w.analysis(), out, err);
        } catch (IOException e) {
            err.println(outDir + ": cannot be written (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            return Main.BAD_INPUT;
        }
    }

    /** The project with the command line's bead-count rule for this run (the file is not changed). */
    private static Project withBeadCount(Project p, Integer minimum, boolean exclude) {
        org.cytobench.analysis.BeadCountRule now = p.analysisSettings().beadCount();
        return p.withAnalysisSettings(p.analysisSettings().withBeadCount(new org.cytobench.analysis.BeadCountRule(
                minimum == null ? now.minimum() : minimum, exclude || now.exclude())));
    }

    /** The chart formats of {@code --plate-charts} ("png,svg", "none"); null when the list names anything else. */
    static Set<ExportFormat> chartFormats(String list) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        if (list.strip().equalsIgnoreCase("none")) return formats;
        for (String f : list.split(",", -1)) {
            switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "png" -> formats.add(ExportFormat.PNG);
                case "svg" -> formats.add(ExportFormat.SVG);
                case "pdf" -> formats.add(ExportFormat.PDF);
                default -> { return null; }
            }
        }
        return formats;
    }

    /** One line per plate on stdout; every failed plate with its reasons on stderr. 0 when all passed, else 1. */
    private static int verdicts(ExperimentAnalysis a, PrintStream out, PrintStream err) {
        for (PlateAnalysis p : a.plates()) {
            String what = "plate " + (p.index() + 1) + " " + p.name() + (p.name().equals(p.analyte().name()) ? "" : " (" + p.analyte().name() + ")");
            if (p.passed()) out.println(what + ": QC pass");
            else err.println(what + ": QC failed: " + String.join("; ", p.verdict().reasons()));
        }
        return a.allPlatesPassed() ? Main.OK : Main.FAILED;
    }

    /**
     * The layout's experiment with the plates imported and assigned to its assay plates by analyte
     * ({@link PlateAssignment}). Refused: the same file twice, and a plate without the primary or reference read the
     * layout names (the reads it has are listed).
     */
    static Project withPlates(String layoutFile, List<String> plateFiles, PrintStream warnings) throws ProjectFileException, BadInput {
        Project layout = new ProjectFiles().open(Path.of(layoutFile));
        Experiment e = layout.experiment();
        List<SourceFile> sources = new ArrayList<>();
        List<PlateAssignment.Imported> imported = new ArrayList<>();
        for (String arg : plateFiles) {
            String named = null;
            String f = arg;
            int eq = arg.indexOf('=');
            if (eq > 0 && !java.nio.file.Files.exists(Path.of(arg))) {
                named = arg.substring(0, eq).strip();
                f = arg.substring(eq + 1);
            }
            try {
                SourceFile src = SourceFile.read(Path.of(f));
                for (int s = 0; s < sources.size(); s++) {
                    if (sources.get(s).sha256().equals(src.sha256())) {
                        throw new BadInput(f + ": is the same file as " + sources.get(s).name() + " (given twice)");
                    }
                }
                ImportResult r = PlateImporters.importFile(src, null);
                sources.add(src);
                for (PlateData p : r.plates()) imported.add(new PlateAssignment.Imported(p, f, named));
            } catch (ImportException ex) {
                throw new BadInput(ex.getMessage());
            } catch (NoSuchFileException ex) {
                throw new BadInput(f + ": no such file");
            } catch (IOException ex) {
                throw new BadInput(f + ": cannot be read (" + ex.getMessage() + ")");
            }
        }
        int[] slot = PlateAssignment.assign(e, layoutFile, imported, warnings);
        Experiment assigned = e;
        for (int i = 0; i < slot.length; i++) {
            AssayRun run = e.assays().get(i);
            PlateAssignment.Imported p = imported.get(slot[i]);
            PlateData data = p.data();
            if (data.format() != run.layout().format()) {   // the rule the experiment file enforces on load (LoadRules)
                throw new BadInput(Path.of(p.file()).getFileName() + ": plate " + data.name() + " is a " + data.format().wellCount() + "-well plate but assay plate "
                        + (i + 1) + " (" + run.layout().name() + ") of " + layoutFile + " is a " + run.layout().format().wellCount() + "-well plate");
            }
            String primary = run.primaryRead() != null ? required(p, run.primaryRead(), "primary") : pick(p.data());
            String reference = run.referenceRead() != null ? required(p, run.referenceRead(), "reference") : null;
            assigned = assigned.withAssay(i, run.withReadings(p.data(), primary, reference, Path.of(p.file()).getFileName().toString()));
        }
        Project out = new Project(assigned, layout.analysisSettings(), List.of());
        for (SourceFile s : sources) out = out.withSource(s);
        return out;
    }

    /** The read the layout names, refused with the file's own reads listed when the file lacks it. */
    private static String required(PlateAssignment.Imported p, String read, String what) throws BadInput {
        if (p.data().read(read).isPresent()) return read;
        throw new BadInput(p.file() + ": has no read '" + read + "', which the layout names as the " + what + " read; the file has "
                + String.join(", ", p.data().reads().stream().map(Read::name).toList()));
    }

    /** The layout names no primary read: the first raw read, else the first read. */
    private static String pick(PlateData data) {
        return data.rawReads().stream().findFirst().map(Read::name).orElse(data.reads().isEmpty() ? null : data.reads().get(0).name());
    }

    private static int usage(PrintStream err, String problem) {
        err.println("cytobench analyze: " + problem);
        err.println(USAGE);
        return Main.USAGE;
    }

    /** Input that cannot be analysed; the message is the one line the user sees. */
    static final class BadInput extends Exception {
        BadInput(String message) { super(message); }
    }
}
