package org.cytobench.io;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads xlsx and legacy xls workbooks (Apache POI) into {@link SheetGrid}s. Used-range padding (a sheet whose used range
 * reaches row 1000 though the data stops at 412) is trimmed: trailing empty rows and cells are dropped.
 */
public final class SpreadsheetReader {
    private SpreadsheetReader() {}

    /** Guards against decompression bombs and absurd sheets. */
    private static final int MAX_ROWS = 200_000;

    /**
     * The sheets of an xlsx (streamed within {@link XlsxReader}'s budgets) or a legacy xls (POI's in-memory model; an
     * xls is at most {@link PlateImporters#MAX_FILE_BYTES} and holds at most 65 536 rows per sheet).
     */
    public static List<SheetGrid> read(SourceFile file) throws ImportException {
        if (file.size() >= 2 && file.head(2)[0] == 'P' && file.head(2)[1] == 'K') return XlsxReader.read(file);
        return readInMemory(file);
    }

    /** POI's in-memory reading, for xls (and, in tests, to check the streaming reader against it on xlsx). */
    static List<SheetGrid> readInMemory(SourceFile file) throws ImportException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file.bytes()))) {
            List<SheetGrid> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) sheets.add(grid(wb.getSheetAt(i), file));
            return sheets;
        } catch (ImportException e) {
            throw e;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ImportException(file.name(), null, "the workbook is password-protected: save it without a password and import it again", e);
        } catch (Exception | LinkageError e) {
            // POI's own words ("IllegalStateException: Cannot get a NUMERIC value…") mean nothing to a scientist
            throw new ImportException(file.name(), null, "not a readable Excel workbook: the file is damaged or is not an Excel file", e);
        }
    }

    private static SheetGrid grid(Sheet sheet, SourceFile file) throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        int last = sheet.getLastRowNum();
        if (last > MAX_ROWS) throw new ImportException(file.name(), "sheet '" + sheet.getSheetName() + "'", "more than " + MAX_ROWS + " rows");
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) cells.add(text(row.getCell(c)));
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) rows.remove(rows.size() - 1);
        return new SheetGrid(sheet.getSheetName(), rows);
    }

    static String text(Cell cell) {
        if (cell == null) return "";
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (t) {
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** Shortest round-tripping text: 3000.0 → "3000", 0.1 → "0.1". */
    static String number(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

}
