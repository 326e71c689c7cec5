package org.cytobench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cytobench.analysis.DoseResponse;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.GroupStats;
import org.cytobench.analysis.Observation;

/**
 * The dose-response values in the layout a Prism column table wants: one table per analyte, treatments as columns (in
 * display order), one row per unit of n — a donor (its mean) or a culture well — with the row titled by it. With donors
 * as rows, Prism's "repeated measures" one-way ANOVA and Dunnett test see each donor matched across treatments, as the
 * donor-blocked design does. The same layout is written to {@code results.pzfx} and copied by "Copy for Prism".
 */
public final class PrismTables {
    private PrismTables() {}

    /**
     * One analyte's values.
     *
     * @param rows   row titles ("D1", or "D1 B3" for culture wells)
     * @param values values[column][row]; null where a treatment has no value for that row
     */
    public record ColumnTable(String title, String unit, String rowHeading, List<String> columns, List<String> rows,
                              List<List<Double>> values) {
        public ColumnTable {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            values = values.stream().map(c -> java.util.Collections.unmodifiableList(new ArrayList<>(c))).toList();
        }
    }

    /** One table per analyte that has groups, in the analysis' order. */
    public static List<ColumnTable> of(ExperimentAnalysis a) {
        List<ColumnTable> list = new ArrayList<>();
        for (DoseResponse d : a.doseResponses()) {
            if (d.groups().isEmpty()) continue;
            list.add(of(d));
        }
        return list;
    }

    public static ColumnTable of(DoseResponse d) {
        List<GroupStats> groups = AnalysisCharts.displayOrder(d);
        // rows: every unit of n that occurs, donors sorted; culture wells as "donor well"
        TreeSet<String> ids = new TreeSet<>((x, y) -> {
            int c = x.split(" ")[0].compareTo(y.split(" ")[0]);
            return c != 0 ? c : x.compareTo(y);
        });
        boolean wells = false;
        for (GroupStats g : groups) {
            for (Observation o : g.observations()) {
                boolean isDonor = o.id().equals(o.donor());
                wells |= !isDonor;
                ids.add(rowId(o));
            }
        }
        List<String> rows = new ArrayList<>(ids);
        List<String> columns = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (GroupStats g : groups) {
            columns.add(g.label());
            Map<String, Double> byRow = new LinkedHashMap<>();
            for (Observation o : g.observations()) byRow.put(rowId(o), o.value());
            List<Double> col = new ArrayList<>();
            for (String r : rows) col.add(byRow.get(r));
            values.add(col);
        }
        return new ColumnTable(d.analyte().name(), d.analyte().unit(), wells ? "Culture well" : "Donor", columns, rows, values);
    }

    /** A text cell on one line (tabs and line ends would split it). */
    private static String cell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String rowId(Observation o) {
        return o.id().equals(o.donor()) ? o.donor() : o.donor() + " " + o.id();
    }

    /** Tab-separated, header row first, full precision and '.' decimals: pastes into a Prism column table as it is. */
    public static String tsv(ColumnTable t) {
        StringBuilder s = new StringBuilder();
        s.append(cell(t.rowHeading()));
        for (String c : t.columns()) s.append('\t').append(cell(c));
        s.append('\n');
        for (int r = 0; r < t.rows().size(); r++) {
            s.append(cell(t.rows().get(r)));
            for (List<Double> col : t.values()) {
                Double v = col.get(r);
                s.append('\t').append(v == null || v.isNaN() ? "" : Double.toString(v));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
