package org.cytobench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporters;
import org.cytobench.io.SourceFile;
import org.cytobench.plate.KineticRead;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/**
 * {@code import FILE [--format NAME] --json}: reads a plate-reader export and prints what Cytobench understood, as JSON:
 * {@code {"file", "format", "plates": [{"name", "rows", "columns", "reads": [{"name", "kind", "values", "markers"}],
 * "kinetic": [{"name", "wavelengthNm", "timesSeconds", "series", "markers"}]}], "warnings", "layouts"}} (see LayoutJson).
 */
final class ImportCommand {
    private ImportCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String format = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--format" -> {
                    if (i + 1 >= args.length) return usage(err, "--format needs a format name");
                    format = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option '" + args[i] + "'");
                    if (file != null) return usage(err, "only one FILE can be imported at a time");
                    file = args[i];
                }
            }
        }
        if (file == null) return usage(err, "FILE is missing");
        if (!json) return usage(err, "--json is required (the only output format so far)");
        try {
            SourceFile source = SourceFile.read(Path.of(file));
            ImportResult result = PlateImporters.importFile(source, format);
            out.println(toJson(result, MultiplexJson.of(source, result.format())));
            return Main.OK;
        } catch (ImportException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(file + ": cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            return Main.BAD_INPUT;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("cytobench import: " + problem);
        err.println("Usage: java -jar cytobench.jar import FILE [--format NAME] --json");
        err.println("Formats: " + String.join(", ", PlateImporters.all().stream().map(i -> i.id()).toList()));
        return Main.USAGE;
    }

    static String toJson(ImportResult r) {
        return toJson(r, null);
    }

    /** With {@code multiplex} (analytes, layout, vendor curves; see MultiplexJson) appended as the last key when not null. */
    static String toJson(ImportResult r, List<Object> multiplex) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", r.file());
        root.put("format", r.format());
        List<Object> plates = new ArrayList<>();
        for (PlateData p : r.plates()) plates.add(plate(p));
        root.put("plates", plates);
        root.put("warnings", r.warnings());
        if (multiplex != null) root.put("multiplex", multiplex);
        root.put("layouts", LayoutJson.of(r.layouts()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plate data could not be written as JSON", e);
        }
    }

    private static Map<String, Object> plate(PlateData p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("rows", p.rows());
        m.put("columns", p.columns());
        List<Object> reads = new ArrayList<>();
        for (Read rd : p.reads()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("name", rd.name());
            j.put("kind", rd.kind().name().toLowerCase(java.util.Locale.ROOT));
            j.put("values", byWell(rd.values()));
            j.put("markers", byWell(rd.markers()));
            reads.add(j);
        }
        m.put("reads", reads);
        List<Object> kinetic = new ArrayList<>();
        for (KineticRead k : p.kinetic()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("name", k.name());
            j.put("wavelengthNm", k.wavelengthNm());
            j.put("timesSeconds", k.timesSeconds());
            j.put("series", byWell(k.series()));
            j.put("markers", byWell(k.markers()));
            kinetic.add(j);
        }
        m.put("kinetic", kinetic);
        return m;
    }

    /** Wells in plate order (A1, A2, … B1), labelled "A1". */
    private static <V> Map<String, V> byWell(Map<WellPosition, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey().label(), e.getValue()));
        return out;
    }
}
