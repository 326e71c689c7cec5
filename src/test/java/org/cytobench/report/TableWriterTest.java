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
    void rejectsRaggedRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table.builder("t", "a", "b").row(1.0).build());
        assertTrue(e.getMessage().contains("1 cells for 2 columns"));
    }
}
