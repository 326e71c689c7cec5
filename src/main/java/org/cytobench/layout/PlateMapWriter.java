package org.cytobench.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a plate map as CSV (UTF-8, comma) or as one xlsx sheet, blocks separated by an empty row, as R's plater writes them. */
public final class PlateMapWriter {
    private PlateMapWriter() {}

    public static byte[] csv(PlateMap map) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (PlateMap.Block block : map.blocks().values()) {
            if (!first) b.append('\n');
            first = false;
            b.append(quote(block.name()));
            for (int c = 1; c <= map.format().columns(); c++) b.append(',').append(c);
            b.append('\n');
            for (int r = 0; r < map.format().rows(); r++) {
                b.append((char) ('A' + r));
                for (String v : block.values().get(r)) b.append(',').append(quote(v));
                b.append('\n');
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(PlateMap map, String sheetName) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(sheetName);
            int r = 0;
            for (PlateMap.Block block : map.blocks().values()) {
                Row header = s.createRow(r++);
                header.createCell(0).setCellValue(block.name());
                for (int c = 1; c <= map.format().columns(); c++) header.createCell(c).setCellValue(c);
                for (int i = 0; i < map.format().rows(); i++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(String.valueOf((char) ('A' + i)));
                    List<String> values = block.values().get(i);
                    for (int c = 0; c < values.size(); c++) {
                        String v = values.get(c);
                        if (v.isEmpty()) continue;
                        // numbers as numbers, so the sheet sorts and sums in Excel
                        if (v.matches("[+-]?\\d+(\\.\\d+)?")) row.createCell(c + 1).setCellValue(Double.parseDouble(v));
                        else row.createCell(c + 1).setCellValue(v);
                    }
                }
                r++; // the empty row between blocks
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
