package org.cytobench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytobench.flow.assay.FlowAssayResult;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.flow.assay.FlowSampleResult;
import org.cytobench.flow.assay.ReadoutValue;
import org.cytobench.flow.fcs.FlowFileException;
import org.cytobench.flow.gating.Gate;
import org.cytobench.flow.gating.GatingStrategy;
import org.cytobench.flow.gatingml.GatingMlReader;
import org.cytobench.plate.CulturePlate;
import org.cytobench.plate.FlowAssay;
import org.cytobench.plate.Treatment;

/**
 * The report's section per flow assay: how the samples were gated (the template's tree, set once and applied unchanged
 * to every sample, as the protocol asks), the minimum-events rule, what was flagged or left out, and one row per sample
 * with its events and every readout. The readouts' dose responses are the report's ordinary dose-response sections.
 */
final class FlowReportSection {
    private FlowReportSection() {}

    static void add(ReportDocument r, FlowResults flow, CulturePlate culture) {
        for (FlowAssayResult a : flow.assays()) assay(r, a, culture);
    }

    private static void assay(ReportDocument r, FlowAssayResult a, CulturePlate culture) {
        FlowAssay assay = a.assay();
        r.pageBreak();
        r.heading("Flow cytometry: " + assay.name());
        List<String> readouts = new ArrayList<>();
        for (FlowAssay.FlowReadout o : assay.readouts()) readouts.add(o.label() + " (" + o.statistic() + " of " + o.populationId() + ")");
        r.paragraph(assay.samples().size() + " FCS files, embedded in the experiment (SHA-256 under Methods). Gating template: "
                + tree(assay) + ". The gates were set once, on the control samples, and applied unchanged to every sample. "
                + "Readouts: " + String.join("; ", readouts) + ". A readout whose parent population holds fewer than "
                + assay.minEvents() + " events is flagged and left out of the statistics.");
        for (String note : a.notes()) r.paragraph(note);
        List<String> cols = new ArrayList<>(List.of("file", "well", "group", "donor", "events"));
        for (FlowAssay.FlowReadout o : assay.readouts()) cols.add(o.label());
        Table.Builder t = Table.builder(assay.name(), cols.toArray(String[]::new));
        for (FlowSampleResult s : a.samples()) {
            Treatment tr = s.cultureWell() == null ? null : culture.treatment(s.cultureWell());
            List<Object> row = new ArrayList<>(List.of(s.file()));
            row.add(s.cultureWell() == null ? null : s.cultureWell().label());
            row.add(tr == null ? null : tr.group().label());
            row.add(tr == null ? null : tr.donor());
            row.add(s.events());
            for (int k = 0; k < assay.readouts().size(); k++) {
                ReadoutValue v = k < s.values().size() ? s.values().get(k) : null;
                row.add(v == null ? (s.problem() == null ? null : "left out") : cell(v));
            }
            t.row(row.toArray());
        }
        r.table(t.build());
    }

    /** A usable value as a number; a flagged one as text saying so ("3.1 (62 events)"). */
    private static Object cell(ReadoutValue v) {
        if (v.usable()) return v.value();
        if (Double.isNaN(v.value())) return v.status();
        return String.format(Locale.ROOT, "%.1f (%d events)", v.value(), v.parentCount());
    }

    /** "Lymphocytes → Singlets → Live → CD3pos → {CD4pos → {…}, CD8pos → {…}}". */
    static String tree(FlowAssay assay) {
        if (assay.gatingMl() == null) return "none yet";
        GatingStrategy s;
        try {
            s = GatingMlReader.read(assay.name(), assay.gatingMl().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (FlowFileException e) {
            return "unreadable (" + e.problem() + ")";
        }
        List<String> roots = new ArrayList<>();
        for (Gate g : s.gates()) if (g.parentId() == null) roots.add(subtree(s, g));
        return String.join(", ", roots);
    }

    private static String subtree(GatingStrategy s, Gate g) {
        List<String> children = new ArrayList<>();
        for (Gate c : s.gates()) if (g.id().equals(c.parentId())) children.add(subtree(s, c));
        if (children.isEmpty()) return g.id();
        return g.id() + " → " + (children.size() == 1 ? children.get(0) : "{" + String.join(", ", children) + "}");
    }
}
