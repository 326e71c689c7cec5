package org.cytobench.ui.multiplex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cytobench.analysis.DonorFoldChanges;
import org.cytobench.analysis.ExperimentAnalysis;
import org.cytobench.analysis.PlateAnalysis;
import org.cytobench.chart.overview.AnalyteCurveGrid;
import org.cytobench.plate.AssayRun;
import org.cytobench.plate.Experiment;
import org.cytobench.report.AnalysisCharts;
import org.cytobench.report.SpreadsheetText;
import org.cytobench.ui.AnalysisViewModel;
import org.cytobench.ui.DocumentViewModel;

/**
 * The multi-analyte overview (Results → Analytes overview): one small standard curve per analysed run, and the donor ×
 * treatment × analyte heat map of log2 fold changes against each donor's vehicle control. Follows the analysis.
 */
public final class OverviewViewModel {

    /** What the overview shows for one analysis. */
    public record Overview(List<AnalyteCurveGrid.Panel> curves, DonorFoldChanges foldChanges) {}

    private final DocumentViewModel document;
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview");

    public OverviewViewModel(DocumentViewModel document, AnalysisViewModel analysis) {
        this.document = document;
        analysis.analysisProperty().addListener((o, a, b) -> overview.set(b == null ? null : of(document.experiment(), b)));
        if (analysis.analysis() != null) overview.set(of(document.experiment(), analysis.analysis()));
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() { return overview.getReadOnlyProperty(); }
    public Overview overview() { return overview.get(); }

    public static Overview of(Experiment e, ExperimentAnalysis a) {
        List<AnalyteCurveGrid.Panel> panels = new ArrayList<>();
        for (PlateAnalysis p : a.plates()) {
            if (p.index() >= e.assays().size() || p.fit() == null) continue;
            AssayRun run = e.assays().get(p.index());
            if (run.readings() == null) continue;
            var data = AnalysisCharts.curve(p, run);
            // in the grid a multiplex run is its analyte (the plate is the same for all): "IL10", not "plate_1 (IL10)"
            if (run.isMultiplex()) data = new org.cytobench.chart.CurveChartData(p.analyte().name(), data.unit(), data.responseLabel(),
                    data.fit(), data.standards(), data.samples(), data.lloq(), data.uloq(), data.blank());
            panels.add(new AnalyteCurveGrid.Panel(data, p.passed()));
        }
        return new Overview(panels, DonorFoldChanges.of(a));
    }

    /** Columns of the curve grid: about as wide as 16:9 for the number of panels. */
    public static int columns(int panels) {
        return Math.max(1, Math.min(8, (int) Math.ceil(Math.sqrt(panels * 1.8))));
    }

    /** The fold-change matrix as tab-separated text: a row per donor and treatment, a column per analyte (log2). */
    public static String tsv(DonorFoldChanges f) {
        StringBuilder s = new StringBuilder("donor\ttreatment");
        for (String a : f.analytes()) s.append('\t').append(SpreadsheetText.tsvCell(a + " log2 fold change"));
        s.append('\n');
        for (int r = 0; r < f.rows().size(); r++) {
            s.append(SpreadsheetText.tsvCell(f.rows().get(r).donor())).append('\t').append(SpreadsheetText.tsvCell(f.rows().get(r).group().label()));
            for (Double v : f.log2()[r]) s.append('\t').append(v == null ? "" : String.format(Locale.ROOT, "%.3f", v));
            s.append('\n');
        }
        return s.toString();
    }
}
