package org.cytobench.io.platereader.tecan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytobench.io.CellTable;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.LabelledGrid;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.Workbooks;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.PlateFormat;
import org.cytobench.plate.Read;
import org.cytobench.plate.ReadKind;

/**
 * Tecan Magellan Excel exports (xlsx and legacy xls, sheet "Magellan Sheet 1"), in either of Magellan's two layouts:
 * the <em>list</em> ("Well positions | Label1 | Label2", a time row, a temperature row, one row per well, all settings in
 * a footer) read by {@link MagellanList}, and the <em>grid</em> (a {@code <>} corner over column numbers and row
 * letters, as Sunrise/Magellan write it). Only the first numeric grid of a grid sheet and any further numeric grids
 * are reads; grids of text below it (well names typed in by a user) are reported and left out.
 */
public final class TecanMagellanImporter implements PlateImporter {

    static final String ID = "tecan-magellan";

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "Tecan Magellan (xlsx, xls)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        for (SheetGrid s : Workbooks.sniff(file)) {
            if (isMagellan(s)) return true;
        }
        return false;
    }

    static boolean isMagellan(SheetGrid s) {
        return s.name().toLowerCase(Locale.ROOT).startsWith("magellan") || MagellanList.isList(s);
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<String> warnings = new ArrayList<>();
        List<PlateData> plates = new ArrayList<>();
        for (SheetGrid s : Workbooks.sheets(file)) {
            if (s.rowCount() == 0) continue;
            if (MagellanList.isList(s)) plates.add(MagellanList.read(s, file.name(), warnings));
            else if (isMagellan(s)) plates.add(grid(s, file.name(), warnings));
        }
        if (plates.isEmpty()) {
            throw new ImportException(file.name(), null, "no Magellan sheet found (expected a sheet named 'Magellan Sheet 1' "
                    + "or a list starting with 'Well positions')");
        }
        return new ImportResult(file.name(), ID, plates, warnings);
    }

    private static PlateData grid(SheetGrid sheet, String fileName, List<String> warnings) throws ImportException {
        CellTable t = CellTable.of(sheet);
        List<Read> reads = new ArrayList<>();
        PlateFormat format = PlateFormat.WELLS_96;
        for (int r = 0; r < t.rowCount(); r++) {
            if (!t.cell(r, 0).equals("<>")) continue;
            LabelledGrid g = LabelledGrid.parse(t, r, 0, false);
            if (g.columns() == 0 || g.rows() == 0) {
                throw new ImportException(fileName, sheet.location(r, 0), "expected column numbers 1, 2, … after '<>' and row letters below it");
            }
            if (g.cells().numberCount() == 0) {
                warnings.add("sheet '" + sheet.name() + "', rows " + (r + 1) + "–" + g.endRow() + ": a grid without numbers "
                        + "(well names typed in by a user?) was not imported as data");
            } else {
                String name = reads.isEmpty() ? "Raw data" : "Raw data (" + (reads.size() + 1) + ")";
                reads.add(g.cells().toRead(name, ReadKind.RAW, null));
                format = g.cells().format(format);
                if (g.columns() > 12) format = PlateFormat.WELLS_384;
            }
            r = g.endRow() - 1;
        }
        if (reads.isEmpty()) {
            throw new ImportException(fileName, "sheet '" + sheet.name() + "'", "no '<>' grid of numbers found");
        }
        warnings.add("sheet '" + sheet.name() + "': Magellan's grid export does not state the wavelength or data set; "
                + "the grid is imported as raw data");
        return new PlateData(sheet.name(), format.rows(), format.columns(), reads, List.of());
    }
}
