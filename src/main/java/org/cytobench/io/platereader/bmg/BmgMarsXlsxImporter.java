package org.cytobench.io.platereader.bmg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cytobench.io.ImportException;
import org.cytobench.io.ImportResult;
import org.cytobench.io.PlateImporter;
import org.cytobench.io.ReadWarnings;
import org.cytobench.io.SheetGrid;
import org.cytobench.io.SourceFile;
import org.cytobench.io.SpreadsheetReader;
import org.cytobench.io.WorkbookSniffer;
import org.cytobench.plate.PlateData;

/**
 * BMG Labtech MARS Excel export (xlsx, or legacy xls): one plate per worksheet, named after the sheet ("Table All Cycles",
 * "Table All Cycles (2)"), in either MARS layout (plate grids or wells as columns with one row per cycle). Sheets without
 * MARS data are skipped.
 */
public final class BmgMarsXlsxImporter implements PlateImporter {

    @Override
    public String id() { return "bmg-mars-xlsx"; }

    @Override
    public String displayName() { return "BMG Labtech MARS (Excel export)"; }

    @Override
    public boolean recognizes(SourceFile file) {
        if (!file.isSpreadsheet()) return false;
        String text = file.head(2)[0] == 'P' ? sharedStrings(file) : legacyText(file);
        return text.contains("Raw Data") && (text.contains("Test Name:") || text.contains("Test name:") || text.contains("User:"));
    }

    @Override
    public ImportResult read(SourceFile file) throws ImportException {
        String name = file.name();
        List<PlateData> plates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (SheetGrid sheet : SpreadsheetReader.read(file)) {
            BmgCells cells = new BmgCells(name, sheet.rows(), sheet::location, false, false);
            PlateData p = BmgMarsPlateReader.read(cells, sheet.name());
            if (p == null) continue;
            plates.add(p);
            warnings.addAll(ReadWarnings.forPlate(p));
        }
        if (plates.isEmpty()) {
            throw new ImportException(name, null, "no sheet holds MARS data: expected a 'Well' row with wells as columns, or a "
                    + "title such as 'Raw Data (450)' above a plate grid");
        }
        return new ImportResult(name, id(), plates, warnings);
    }

    /** The start of xl/sharedStrings.xml (where an xlsx keeps its cell texts), or "" when it cannot be read. */
    /** The start of the shared strings (and first sheet), read without inflating the rest of the zip. */
    private static String sharedStrings(SourceFile file) {
        return WorkbookSniffer.text(file);
    }

    /** Legacy xls keeps short strings as 8-bit or UTF-16LE text inside the file: both views, for sniffing only. */
    private static String legacyText(SourceFile file) {
        byte[] b = file.bytes();
        return new String(b, StandardCharsets.ISO_8859_1) + new String(b, StandardCharsets.UTF_16LE);
    }
}
