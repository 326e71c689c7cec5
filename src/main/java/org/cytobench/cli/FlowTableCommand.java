package org.cytobench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytobench.flow.assay.CultureWellMapping;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.flowjo.FlowStatisticsTable;
import org.cytobench.plate.PlateFormat;

/**
 * {@code flow --table TABLE [...] [--json]}: a statistics table exported by FlowJo (table editor), FCS Express or Diva, for
 * labs that gate there. Per table one JSON object (one per line): {@code {"file", "columns": [{"path", "population",
 * "statistic"}], "samples": [{"sample", "well", "values": [...]}], "summaries": {"Mean": [...], ...}}}; {@code values}
 * follow {@code columns}, null for an empty cell, and {@code well} is the 96-well position in the sample's name (as for
 * FCS file names, {@link CultureWellMapping#fromFileName}) or null.
 */
final class FlowTableCommand {
    private FlowTableCommand() {}

    static int run(List<String> files, boolean json, PrintStream out, PrintStream err) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (String f : files) {
            try {
                results.add(describe(FlowStatisticsTable.read(Path.of(f))));
            } catch (FlowFileException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        for (Map<String, Object> r : results) out.println(json ? FlowCommand.toJson(r) : toText(r));
        return Main.OK;
    }

    static Map<String, Object> describe(FlowStatisticsTable t) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", t.file());
        List<Object> columns = new ArrayList<>();
        for (FlowStatisticsTable.Column c : t.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", c.populationPath());
            m.put("population", c.population());
            m.put("statistic", c.statistic());
            columns.add(m);
        }
        root.put("columns", columns);
        List<Object> samples = new ArrayList<>();
        for (FlowStatisticsTable.Row r : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sample", r.sample());
            m.put("well", CultureWellMapping.fromFileName(r.sample(), PlateFormat.WELLS_96).map(Object::toString).orElse(null));
            m.put("values", values(r.values()));
            samples.add(m);
        }
        root.put("samples", samples);
        Map<String, Object> summaries = new LinkedHashMap<>();
        t.summaries().forEach((k, v) -> summaries.put(k, values(v)));
        root.put("summaries", summaries);
        return root;
    }

    private static List<Double> values(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) out.add(Double.isFinite(x) ? x : null);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String toText(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        List<Object> columns = (List<Object>) r.get("columns");
        List<Object> samples = (List<Object>) r.get("samples");
        sb.append(r.get("file")).append(": ").append(samples.size()).append(" samples, ").append(columns.size()).append(" columns\n");
        for (Object o : columns) {
            Map<String, Object> c = (Map<String, Object>) o;
            sb.append("  column ").append(c.get("population")).append(" (").append(c.get("statistic")).append("): ").append(c.get("path")).append('\n');
        }
        for (Object o : samples) {
            Map<String, Object> s = (Map<String, Object>) o;
            sb.append("  ").append(s.get("sample")).append(s.get("well") == null ? "" : " [" + s.get("well") + "]").append(':');
            for (Object v : (List<Object>) s.get("values")) sb.append(' ').append(v == null ? "-" : String.format(Locale.ROOT, "%s", v));
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
