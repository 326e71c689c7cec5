package org.cytobench.io.platereader.tecan;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.Workbooks;
import org.cytobench.plate.PlateData;

/**
 * Tecan SparkControl Excel export ("Result sheet"): settings with values in column E, a block per label ("Mode", then
 * "Name | OD540"), and a {@code <>} grid per label whose unread wells are empty (384-well plates read in part, e.g.
 * "C11-C15;D11-D14", keep the full 16×24 grid).
 */
public final class TecanSparkImporter implements PlateImporter {

    static final String ID = "tecan-spark";

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Tecan SparkControl (xlsx)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        for (SheetGrid s : Workbooks.sniff(file)) if (isSpark(s)) return true;
        return false;
    }

    static boolean isSpark(SheetGrid s) {
        for (int r = 0; r < Math.min(5, s.rowCount()); r++) {
            if (s.cell(r, 0).startsWith("Application:") && s.cell(r, 0).contains("SparkControl")) return true;
        }
        return false;
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> warnings = new ArrayList<>();
        List<PlateData> plates = new ArrayList<>();
        boolean any = false;
        for (SheetGrid s : Workbooks.sheets(file)) {
            if (!isSpark(s)) continue;
            any = true;
            PlateData plate = TecanResultSheet.plate(s, plateName(s), file.name(), warnings);
            if (plate != null) plates.add(plate);
        }
        if (!any) throw new ImportException(file.name(), null, "no sheet starts with 'Application: SparkControl' (not a Spark export)");
        if (plates.isEmpty()) throw new ImportException(file.name(), null, "no sheet holds a '<>' data grid");
        return new ImportResult(file.name(), ID, plates, warnings);
    }

    /** The method name ("Total N quant. (540nm)"), else the sheet name. */
    private static String plateName(SheetGrid s) {
        CellTable t = CellTable.of(s);
        for (int r = 0; r < Math.min(5, t.rowCount()); r++) {
            if (t.cell(r, 0).startsWith("Method name:")) {
                String v = TecanResultSheet.keyValue(t, r);
                if (!v.isEmpty()) return v;
            }
        }
        return s.name();
    }
}
