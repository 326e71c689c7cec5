package org.cytobench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cytobench.plate.TreatmentGroup;

/**
 * The multi-analyte overview's heat map: per donor and treatment (rows) and analyte (columns) the log2 fold change of
 * the donor's value against the same donor's vehicle control of the same stimulus — log2(mean of the donor's culture
 * wells in the group / mean of the donor's vehicle-control wells), on the values that entered the statistics. Pairing
 * by donor is how the experiment is designed (donors are blocks); a cell is empty where either mean is missing or not
 * positive.
 *
 * @param analytes the columns, in the experiment's order
 * @param rows     donor × treated group, by donor then group order; vehicle controls are the reference and not listed
 * @param log2     {@code log2[row][column]}, null where there is no value
 */
public record DonorFoldChanges(List<String> analytes, List<Row> rows, Double[][] log2) {

    /** One row: a donor's treated group. */
    public record Row(String donor, TreatmentGroup group) {
        public String label() { return donor + " · " + group.label(); }
    }

    public static DonorFoldChanges of(ExperimentAnalysis a) {
        List<String> analytes = new ArrayList<>();
        // per analyte: (donor, group) → log2 fold change
        List<Map<Row, Double>> perAnalyte = new ArrayList<>();
        TreeSet<Row> rows = new TreeSet<>((x, y) -> {
            int c = x.donor().compareTo(y.donor());
            return c != 0 ? c : x.group().compareTo(y.group());
        });
        for (DoseResponse d : a.doseResponses()) {
            Map<Row, Double> cells = new LinkedHashMap<>();
            for (DoseFamily f : d.families()) {
                Map<String, Double> control = d.group(f.control()).map(DonorFoldChanges::donorMeans).orElse(Map.of());
                for (GroupStats g : d.groups()) {
                    if (!g.group().stimulus().equals(f.stimulus()) || g.group().equals(f.control())) continue;
                    donorMeans(g).forEach((donor, mean) -> {
                        Double ref = control.get(donor);
                        Row row = new Row(donor, g.group());
                        rows.add(row);
                        if (ref != null && ref > 0 && mean > 0) cells.put(row, Math.log(mean / ref) / Math.log(2));
                    });
                }
            }
            if (d.families().isEmpty()) continue;
            analytes.add(d.analyte().name());
            perAnalyte.add(cells);
        }
        List<Row> ordered = List.copyOf(rows);
        Double[][] log2 = new Double[ordered.size()][analytes.size()];
        for (int r = 0; r < ordered.size(); r++) {
            for (int c = 0; c < analytes.size(); c++) log2[r][c] = perAnalyte.get(c).get(ordered.get(r));
        }
        return new DonorFoldChanges(analytes, ordered, log2);
    }

    /** Per donor, the mean of its culture wells' values in the group (wells without a value left out). */
    static Map<String, Double> donorMeans(GroupStats g) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (CultureWellValue w : g.cultureWells()) {
            if (w.value() == null || w.donor() == null) continue;
            double[] s = sums.computeIfAbsent(w.donor(), k -> new double[2]);
            s[0] += w.value();
            s[1]++;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        return out;
    }

    /** The largest |log2 fold change|, 0 when there is none: the colour scale runs from −this to +this. */
    public double maxAbs() {
        double m = 0;
        for (Double[] row : log2) for (Double v : row) if (v != null) m = Math.max(m, Math.abs(v));
        return m;
    }

    public boolean isEmpty() { return rows.isEmpty() || analytes.isEmpty(); }
}
