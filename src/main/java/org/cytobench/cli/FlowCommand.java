package org.cytobench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytobench.flow.fcs.FcsChannel;
import org.cytobench.flow.fcs.FcsFile;
import org.cytobench.flow.fcs.FcsReader;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Dimension;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingEngine;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gating.PopulationStatistics;

/**
 * {@code flow FILE.fcs [...] [--gates GATES.xml|WORKSPACE.wsp] [--json]}: per FCS file one JSON object (one per line)
 * {@code {"file", "events", "channels": [{"name", "marker", "range"}], "compensation", "populations": [{"id", "parent",
 * "count", "percentOfParent", "percentOfTotal"}]}}; without {@code --gates} the file's keywords instead of populations.
 * Without {@code --json}, the same as plain text. {@code flow --table TABLE [...]} reads statistics tables instead
 * ({@link FlowTableCommand}).
 */
final class FlowCommand {
    private FlowCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        String gates = null;
        List<String> medians = List.of();
        boolean json = false;
        boolean table = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--table" -> table = true;
                case "--medians" -> {
                    if (i + 1 >= args.length) return usage(err, "--medians needs channel names, e.g. FL1-H,FL2-H");
                    medians = List.of(args[++i].split(","));
                }
                case "--gates" -> {
                    if (i + 1 >= args.length) return usage(err, "--gates needs a Gating-ML or FlowJo workspace file");
                    gates = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option '" + args[i] + "'");
                    files.add(args[i]);
                }
            }
        }
        if (files.isEmpty()) return usage(err, table ? "TABLE.csv is missing" : "FILE.fcs is missing");
        if (table) {
            if (gates != null || !medians.isEmpty()) return usage(err, "--table reads FlowJo's own numbers: --gates and --medians do not apply");
            return FlowTableCommand.run(files, json, out, err);
        }
        FlowGates strategy = null;
        if (gates != null) {
            try {
                strategy = FlowGates.read(Path.of(gates));
            } catch (FlowFileException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (String f : files) {
            try {
                FcsFile fcs = FcsReader.read(Path.of(f));
                results.add(describe(fcs, strategy, medians));
            } catch (FlowFileException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            } catch (IllegalArgumentException e) { // a gate names a channel the file does not have
                err.println(Path.of(f).getFileName() + ": " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        for (Map<String, Object> r : results) out.println(json ? toJson(r) : toText(r));
        return Main.OK;
    }

    static Map<String, Object> describe(FcsFile fcs, FlowGates gates, List<String> medians) {
        List<String> warnings = new ArrayList<>(fcs.warnings());
        GatingStrategy strategy = gates == null ? null : gates.strategyFor(fcs.name(), warnings);
        org.cytobench.flow.flowjo.WorkspaceSample sample = gates == null ? null : gates.sampleFor(fcs.name(), new ArrayList<>());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", fcs.name());
        root.put("events", fcs.eventCount());
        List<Object> channels = new ArrayList<>();
        for (FcsChannel c : fcs.channels()) {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("name", c.name());
            ch.put("marker", c.marker());
            ch.put("range", c.range() == Math.rint(c.range()) ? (Object) (long) c.range() : (Object) c.range());
            channels.add(ch);
        }
        root.put("channels", channels);
        root.put("compensation", compensation(fcs, strategy));
        if (strategy == null) {
            root.put("keywords", fcs.keywords());
        } else {
            GatingEngine engine = GatingEngine.of(strategy, fcs);
            List<Object> pops = new ArrayList<>();
            for (PopulationStatistics s : engine.statistics()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", s.id());
                p.put("parent", s.parentId());
                p.put("count", s.count());
                p.put("percentOfParent", finite(s.percentOfParent()));
                p.put("percentOfTotal", finite(s.percentOfTotal()));
                if (sample != null) p.put("flowJoCount", sample.population(s.id()).count());
                if (!medians.isEmpty()) p.put("medians", medians(engine, s.id(), medians, fcs));
                pops.add(p);
            }
            root.put("populations", pops);
        }
        root.put("warnings", warnings);
        return root;
    }

    /** Per channel the median scale value in the population (compensated by the file's matrix when it has one). */
    private static Map<String, Object> medians(GatingEngine engine, String gateId, List<String> channels, FcsFile fcs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String c : channels) {
            Dimension d = Dimension.of(c.trim()).withCompensation(Dimension.FCS);
            m.put(c.trim(), finite(engine.median(gateId, d)));
        }
        return m;
    }

    /** "file spillover" when the file's matrix is (or, without gates, can be) applied, a Gating-ML matrix id, or "none". */
    static String compensation(FcsFile fcs, GatingStrategy strategy) {
        if (strategy == null) return fcs.spillover() == null ? "none" : "file spillover";
        List<String> used = new ArrayList<>();
        for (Gate g : strategy.gates()) {
            for (Dimension d : g.dimensions()) {
                String c = d.compensationRef();
                String label = c.equals(Dimension.FCS) ? (fcs.spillover() == null ? null : "file spillover")
                        : c.equals(Dimension.UNCOMPENSATED) ? null : "matrix " + c;
                if (label != null && !used.contains(label)) used.add(label);
            }
        }
        return used.isEmpty() ? "none" : String.join(", ", used);
    }

    private static Double finite(double v) { return Double.isFinite(v) ? v : null; }

    static String toJson(Map<String, Object> r) {
        try {
            return new ObjectMapper().writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("flow results could not be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String toText(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.get("file")).append(": ").append(r.get("events")).append(" events, compensation ").append(r.get("compensation")).append('\n');
        for (Object o : (List<Object>) r.get("channels")) {
            Map<String, Object> c = (Map<String, Object>) o;
            sb.append("  channel ").append(c.get("name")).append(c.get("marker") == null ? "" : " (" + c.get("marker") + ")")
                    .append(", range ").append(c.get("range")).append('\n');
        }
        Object pops = r.get("populations");
        if (pops != null) {
            for (Object o : (List<Object>) pops) {
                Map<String, Object> p = (Map<String, Object>) o;
                sb.append("  ").append(p.get("id")).append(": ").append(p.get("count")).append(" events, ");
                if (p.get("parent") != null) sb.append(pct(p.get("percentOfParent"))).append(" of ").append(p.get("parent")).append(", ");
                sb.append(pct(p.get("percentOfTotal"))).append(" of all\n");
            }
        }
        for (Object w : (List<Object>) r.get("warnings")) sb.append("  warning: ").append(w).append('\n');
        return sb.toString().stripTrailing();
    }

    private static String pct(Object v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f %%", (Double) v);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("cytobench flow: " + problem);
        err.println("Usage: java -jar cytobench.jar flow FILE.fcs [...] [--gates GATES.xml|WORKSPACE.wsp] [--medians CH1,CH2] [--json]");
        err.println("       java -jar cytobench.jar flow --table TABLE.csv|TABLE.tsv [...] [--json]   (a FlowJo / FCS Express / Diva statistics table)");
        return Main.USAGE;
    }
}
