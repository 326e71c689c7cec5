package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cytobench.plate.PlateData;
import org.cytobench.plate.Read;
import org.cytobench.plate.WellPosition;

/** Test helpers shared by the importer tests of every vendor package: sample exports, fixtures, small workbooks. */
public final class VendorSampleFiles {
    private VendorSampleFiles() {}

    /** ../shared/sample-exports (or /work/shared/sample-exports); the calling test is skipped when neither exists. */
    public static Path samples() {
        return SampleExportsDir.require();
    }

    /** Auto-detects and imports a sample export, asserting the detected format. */
    public static ImportResult importSample(String folder, String name, String expectedFormat) throws Exception {
        ImportResult r = PlateImporters.importFile(SourceFile.read(samples().resolve(folder).resolve(name)), null);
        assertEquals(expectedFormat, r.format(), name);
        return r;
    }

    public static SourceFile fixture(String name) throws IOException {
        try (InputStream in = VendorSampleFiles.class.getResourceAsStream("/io/" + name)) {
            assertNotNull(in, "missing test resource io/" + name);
            return new SourceFile(name, in.readAllBytes());
        }
    }

    /** A test resource under /io/ (e.g. "bmg/plate.csv") named by its last path part, as the instrument wrote it. */
    public static SourceFile resource(String name) throws IOException {
        try (InputStream in = VendorSampleFiles.class.getResourceAsStream("/io/" + name)) {
            assertNotNull(in, "missing test resource io/" + name);
            return new SourceFile(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
        }
    }

    public static double value(Read read, String well) {
        Double v = read.value(WellPosition.parse(well));
        if (v == null) fail("read '" + read.name() + "' has no value in " + well + (read.marker(WellPosition.parse(well)) != null
                ? " (marker " + read.marker(WellPosition.parse(well)) + ")" : ""));
        return v;
    }

    public static Read read(PlateData plate, String name) {
        return plate.read(name).orElseThrow(() -> new AssertionError("plate '" + plate.name() + "' has no read '" + name
                + "'; it has " + plate.reads().stream().map(Read::name).toList()));
    }

    /** An xlsx with one sheet per entry; each row is a list of cells (Double → numeric cell, String → text cell). */
    public static SourceFile xlsx(String fileName, Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> cells : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                        else if (v != null && !v.toString().isEmpty()) row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return new SourceFile(fileName, out.toByteArray());
        }
    }
}
