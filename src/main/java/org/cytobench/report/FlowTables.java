package org.cytobench.report;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.flow.assay.FlowResults;
import org.cytobench.plate.CulturePlate;

/** The flow read-outs' per-sample rows appended to wells.csv (same columns; see {@link FlowResults#wellRows}). */
final class FlowTables {
    private FlowTables() {}

    static Table withFlowWells(Table wells, FlowResults flow, CulturePlate culture) {
        List<List<Object>> extra = flow.wellRows(culture);
        if (extra.isEmpty()) return wells;
        List<List<Object>> rows = new ArrayList<>(wells.rows());
        rows.addAll(extra);
        return new Table(wells.name(), wells.columns(), rows);
    }
}
