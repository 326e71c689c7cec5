package org.cytobench.io.platereader.biotek;

import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.ProposedLayout;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.SpreadsheetReader;
import org.cytobench.io.WorkbookSniffer;
import org.cytobench.plate.PlateData;

/**
 * Agilent BioTek Gen5 Excel exports: the worksheet holds the text export's layout in cells (header in columns A–B,
 * tables shifted one column right), numbers and times as numeric cells. Each sheet that is a Gen5 export is read with
 * the text parser; other sheets (a user's own mapping sheet) are reported and left alone.
 */
public final class Gen5XlsxImporter implements PlateImporter {

    @Override
    public String id() { return "gen5-xlsx"; }

    @Override
    public String displayName() { return "Agilent BioTek Gen5 (Excel export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (!file.isSpreadsheet()) return false;
        String text = WorkbookSniffer.text(file);
        return text.contains("Software Version") && (text.contains("Reader Type:") || text.contains("Plate Number")
                || text.contains("Experiment File Path:"));
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        List<SheetGrid> sheets = SpreadsheetReader.read(file);
        List<PlateData> plates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<ProposedLayout> layouts = new ArrayList<>();
        for (SheetGrid sheet : sheets) {
            if (!isGen5Sheet(sheet)) {
                if (sheet.rowCount() > 0) skipped.add(sheet.name());
                continue;
            }
            Gen5Grid grid = new Gen5Grid(file.name(), sheet.name(), sheet.rows(), false, false);
            plates.addAll(Gen5Parser.parse(grid, warnings, layouts));
        }
        if (plates.isEmpty()) {
            throw new ImportException(file.name(), null, "no worksheet holds a Gen5 export (expected 'Software Version' and "
                    + "'Plate Number' in column A)");
        }
        for (String s : skipped) warnings.add("sheet '" + s + "' is not part of the Gen5 export and was not read");
        return new ImportResult(file.name(), id(), plates, warnings, layouts);
    }

    private static boolean isGen5Sheet(SheetGrid sheet) {
        for (int r = 0; r < Math.min(sheet.rowCount(), 40); r++) {
            String a = sheet.cell(r, 0).strip();
            if (a.equals("Software Version") || a.equals("Plate Number")) return true;
        }
        return false;
    }
}
