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

/**
 * Tecan i-control (infinite M200/M1000/500…) Excel export: one worksheet per plate (a stacker run gives several), each
 * with settings, one {@code <>} grid per label, and movement lines after the data. Partial plates
 * ("Part of Plate A1-E12") have fewer rows and columns.
 */
public final class TecanIControlImporter implements PlateImporter {

    static final String ID = "tecan-icontrol";

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Tecan i-control (xlsx)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        for (SheetGrid s : Workbooks.sniff(file)) {
            if (isIControl(s)) return true;
        }
        return false;
    }

    static boolean isIControl(SheetGrid s) {
        for (int r = 0; r < Math.min(5, s.rowCount()); r++) {
            if (s.cell(r, 0).startsWith("Application:") && s.cell(r, 0).contains("i-control")) return true;
        }
        return false;
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> warnings = new ArrayList<>();
        List<org.cytobench.plate.PlateData> plates = new ArrayList<>();
        boolean any = false;
        for (SheetGrid s : Workbooks.sheets(file)) {
            if (!isIControl(s)) continue;
            any = true;
            var plate = TecanResultSheet.plate(s, plateName(s), file.name(), warnings);
            if (plate == null) warnings.add("sheet '" + s.name() + "' holds no data grid and was skipped");
            else plates.add(plate);
        }
        if (!any) throw new ImportException(file.name(), null, "no sheet starts with 'Application: Tecan i-control' (not an i-control export)");
        if (plates.isEmpty()) throw new ImportException(file.name(), null, "no sheet holds a '<>' data grid");
        return new ImportResult(file.name(), ID, plates, warnings);
    }

    /** "Plate 1 (Yeast-NaCl-Control)": the sheet name (i-control numbers them) and the run comment when there is one. */
    private static String plateName(SheetGrid s) {
        CellTable t = CellTable.of(s);
        String base = s.name().chars().allMatch(Character::isDigit) ? "Plate " + s.name() : s.name();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.cell(r, 0).equalsIgnoreCase("Comment")) {
                String comment = TecanResultSheet.firstValue(t, r);
                if (!comment.isEmpty()) return base + " (" + comment + ")";
            }
        }
        return base;
    }
}
