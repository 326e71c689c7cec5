package org.cytobench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {

    static Table wells() {
        return Table.builder("wells", "plate", "well", "od", "concentration", "status")
                .row("IL-6, plate 1", "A1", 2.5281, 1000.0, "ok")
                .row("IL-6 \"a\"", "B1", 0.0512, null, "< LLOQ")
                .row("IL-6", "C1", 1e-7, 12345678.5, "line\nbreak")
                .build();
    }

    @Test
    void csvQuotesOnlyWhatItMustAndKeepsFullPrecision() {
        String csv = TableWriter.csv(wells());
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertEquals("plate,well,od,concentration,status", lines.get(0));
        assertEquals("\"IL-6, plate 1\",A1,2.5281,1000,ok", lines.get(1));
        assertEquals("\"IL-6 \"\"a\"\"\",B1,0.0512,,< LLOQ", lines.get(2));
        assertTrue(csv.endsWith("IL-6,C1,0.00000010,12345678.5,\"line\nbreak\"\r\n"), csv);
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.xlsx");
        Table groups = Table.builder("groups", "group", "n", "mean").row("LPS + veh", 9, 880.5).build();
        TableWriter.writeXlsx(List.of(wells(), groups), file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
            Sheet s = wb.getSheet("wells");
            assertEquals("concentration", s.getRow(0).getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(2).getCellType());
            assertEquals(2.5281, s.getRow(1).getCell(2).getNumericCellValue(), 0);
            assertEquals(null, s.getRow(2).getCell(3), "a missing value is an empty cell");
            assertEquals("< LLOQ", s.getRow(2).getCell(4).getStringCellValue());
            assertEquals(9, wb.getSheet("groups").getRow(1).getCell(1).getNumericCellValue(), 0);
        }
    }

    @Test
    void xlsxKeepsTextExactlyAndFreezesTheBoldHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        Table.Builder b = Table.builder("wells: TNF-α [1]", "analyte", "status", "n", "value");
        for (int i = 0; i < 30; i++) b.row("TNF-α", "< LLOQ & \"odd\" <x>", i, 1e-7 * i);
        Table second = Table.builder("wells: TNF-α [1]", "a").row(" padded ").build();
        TableWriter.writeXlsx(List.of(b.build(), second), file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("wells_ TNF-α _1_", s.getSheetName());
            assertEquals("wells_ TNF-α _1_ 2", wb.getSheetAt(1).getSheetName());
            assertEquals("< LLOQ & \"odd\" <x>", s.getRow(5).getCell(1).getStringCellValue());
            assertEquals("TNF-α", s.getRow(30).getCell(0).getStringCellValue());
            assertEquals(29, s.getRow(30).getCell(2).getNumericCellValue(), 0);
            assertEquals(2.9e-6, s.getRow(30).getCell(3).getNumericCellValue(), 1e-20);
            assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(" padded ", wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
        }
        assertEquals("AA", XlsxWriter.column(26));
        assertEquals("AZ", XlsxWriter.column(51));
    }

    @Test
    void rejectsRaggedRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table.builder("t", "a", "b").row(1.0).build());
        assertTrue(e.getMessage().contains("1 cells for 2 columns"));
    }

    @Test
    void textThatWouldRunAsAFormulaIsNeutralisedButNegativeNumbersStayNumbers() {
        Table t = Table.builder("wells", "plate", "group", "label", "value", "n")
                .row("=HYPERLINK(\"http://x.example\",\"click\")", "+thymalfasin", "-1", -0.5, -3)
                .row("@SUM(A1:A9)", "=cmd|' /C calc'!A0", "\tTab", -1e-7, 0)
                .row("\rCR", "IL-6 - D1", "a=b", 0.25, 1)
                .build();
        List<String> lines = List.of(TableWriter.csv(t).split("\r\n", -1));
        assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",'+thymalfasin,'-1,-0.5,-3", lines.get(1));
        assertEquals("'@SUM(A1:A9),'=cmd|' /C calc'!A0,'\tTab,-0.00000010,0", lines.get(2));
        assertEquals("\"'\rCR\",IL-6 - D1,a=b,0.25,1", lines.get(3), "only a leading character makes a formula");
    }

}
