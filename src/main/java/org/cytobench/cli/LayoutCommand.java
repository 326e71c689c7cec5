package org.cytobench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cytobench.io.SourceFile;
import org.cytobench.layout.AssayLayoutMaps;
import org.cytobench.layout.CultureLayoutMaps;
import org.cytobench.layout.PlateMap;
import org.cytobench.layout.PlateMapException;
import org.cytobench.layout.PlateMapReader;
import org.cytobench.layout.PlateMapWriter;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.project.Project;
import org.cytobench.project.ProjectFileException;
import org.cytobench.project.ProjectFiles;

/**
 * {@code layout export EXPERIMENT.cytobench --culture|--assay NAME --out MAP.csv|MAP.xlsx [--force]} and {@code layout
 * import MAP.csv|MAP.xlsx --into EXPERIMENT.cytobench --culture|--assay NAME [--analyte NAME]}: plate maps in the
 * spreadsheet shape labs keep (one 8×12 or 16×24 block per attribute, R's plater convention; see
 * {@link CultureLayoutMaps} and {@link AssayLayoutMaps}). Import replaces that plate's layout (readings and masks stay)
 * or, for an assay name the experiment does not have, adds an assay plate; the experiment is saved with a .bak copy.
 */
final class LayoutCommand {
    private LayoutCommand() {}

    static final String USAGE = "Usage: java -jar cytobench.jar layout export EXPERIMENT.cytobench --culture|--assay NAME --out MAP.csv|MAP.xlsx [--force]\n"
            + "       java -jar cytobench.jar layout import MAP.csv|MAP.xlsx --into EXPERIMENT.cytobench --culture|--assay NAME [--analyte NAME]";

    private record Options(String action, String file, String into, String out, boolean culture, String assay, String analyte, boolean force) {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !(args[0].equals("import") || args[0].equals("export"))) return usage(err, "say import or export");
        String file = null, into = null, outFile = null, assay = null, analyte = null;
        boolean culture = false, force = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--culture" -> culture = true;
                case "--force" -> force = true;
                case "--into", "--out", "--assay", "--analyte" -> {
                    if (i + 1 >= args.length) return usage(err, a + " needs a value");
                    String v = args[++i];
                    switch (a) {
                        case "--into" -> into = v;
                        case "--out" -> outFile = v;
                        case "--assay" -> assay = v;
                        default -> analyte = v;
                    }
                }
                default -> {
                    if (a.startsWith("--")) return usage(err, "unknown option '" + a + "'");
                    if (file != null) return usage(err, "one file only, not also '" + a + "'");
                    file = a;
                }
            }
        }
        if (culture == (assay != null)) return usage(err, "give either --culture or --assay NAME");
        Options o = new Options(args[0], file, into, outFile, culture, assay, analyte, force);
        if (file == null) return usage(err, (o.action().equals("import") ? "MAP.csv" : "EXPERIMENT.cytobench") + " is missing");
        if (o.action().equals("export") && outFile == null) return usage(err, "--out MAP.csv|MAP.xlsx is missing");
        if (o.action().equals("import") && into == null) return usage(err, "--into EXPERIMENT.cytobench is missing");
        String target = o.action().equals("export") ? outFile : file;
        if (!isMapFile(target)) return usage(err, target + ": a plate map is a .csv, .tsv, .txt, .xlsx or .xls file");
        try {
            return o.action().equals("export") ? export(o, out, err) : importMap(o, out, err);
        } catch (PlateMapException | ProjectFileException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    private static boolean isMapFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt") || n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    private static int export(Options o, PrintStream out, PrintStream err) throws ProjectFileException, PlateMapException {
        Experiment e = open(o.file());
        PlateMap map;
        if (o.culture()) {
            map = CultureLayoutMaps.toMap(e.culture());
        } else {
            int i = assayIndex(e, o.assay());
            if (i < 0) throw new PlateMapException(o.file() + ": no assay plate named '" + o.assay() + "' (there are: " + names(e) + ")");
            map = AssayLayoutMaps.toMap(e.assays().get(i).layout());
        }
        Path to = Path.of(o.out());
        if (Files.exists(to) && !o.force()) {
            err.println(o.out() + ": already exists; not overwritten (add --force to replace it)");
            return Main.BAD_INPUT;
        }
        try {
            byte[] bytes = o.out().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? PlateMapWriter.xlsx(map, o.culture() ? "Culture plate" : "Assay plate")
                    : PlateMapWriter.csv(map);
            Files.write(to, bytes);
        } catch (IOException ex) {
            err.println(o.out() + ": could not be written (" + ex.getMessage() + ")");
            return Main.BAD_INPUT;
        }
        out.println(o.out() + ": " + String.join(", ", map.blocks().keySet()) + " (" + map.format().rows() + "×" + map.format().columns() + ")");
        return Main.OK;
    }

    private static int importMap(Options o, PrintStream out, PrintStream err) throws ProjectFileException, PlateMapException {
        SourceFile src;
        try {
            src = SourceFile.read(Path.of(o.file()));
        } catch (NoSuchFileException ex) {
            throw new PlateMapException(o.file() + ": no such file");
        } catch (IOException ex) {
            throw new PlateMapException(o.file() + ": cannot be read (" + ex.getMessage() + ")");
        }
        PlateMap map = PlateMapReader.read(src);
        Path experimentFile = Path.of(o.into());
        Project project = new ProjectFiles().open(experimentFile);
        Experiment e = project.experiment();
        String what;
        if (o.culture()) {
            e = e.withCulture(CultureLayoutMaps.fromMap(map, src.name(), e.culture().name()));
            what = "culture plate: " + e.culture().wells().size() + " wells";
        } else {
            int i = assayIndex(e, o.assay());
            if (i >= 0) {
                AssayRun run = e.assays().get(i);
                var layout = AssayLayoutMaps.fromMap(map, src.name(), run.layout().name(), run.layout().analyte());
                e = e.withAssay(i, run.withLayout(layout));
                what = "assay plate " + layout.name() + ": " + layout.wells().size() + " wells";
            } else {
                var analyte = TemplateOptions.analyte(o.analyte() == null ? o.assay() : o.analyte());
                var layout = AssayLayoutMaps.fromMap(map, src.name(), o.assay(), analyte);
                e = e.withAssay(AssayRun.of(layout));
                what = "new assay plate " + layout.name() + " (" + analyte.name() + "): " + layout.wells().size() + " wells";
            }
        }
        new ProjectFiles().save(project.withExperiment(e), experimentFile);
        out.println(o.into() + ": " + what + " from " + o.file());
        return Main.OK;
    }

    private static Experiment open(String file) throws ProjectFileException {
        return new ProjectFiles().open(Path.of(file)).experiment();
    }

    /** The assay plate named {@code name} (or measuring that analyte; "TNF-alpha" finds "TNF-α"), or -1. */
    static int assayIndex(Experiment e, String name) {
        List<AssayRun> a = e.assays();
        for (int i = 0; i < a.size(); i++) if (a.get(i).layout().name().equalsIgnoreCase(name)) return i;
        String analyte = TemplateOptions.analyte(name).name();
        for (int i = 0; i < a.size(); i++) if (a.get(i).layout().analyte().name().equalsIgnoreCase(analyte)) return i;
        return -1;
    }

    private static String names(Experiment e) {
        return e.assays().stream().map(r -> r.layout().name()).collect(Collectors.joining(", "));
    }

    private static int usage(PrintStream err, String problem) {
        err.println("cytobench layout: " + problem);
        err.println(USAGE);
        return Main.USAGE;
    }
}
