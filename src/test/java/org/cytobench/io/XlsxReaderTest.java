package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming xlsx reader against POI's in-memory model, on every real xlsx export in ../shared/sample-exports. */
class XlsxReaderTest {

    @Test
    void streamingReaderGivesTheSameSheetsAsPoiOnEveryRealExport() throws Exception {
        int n = 0;
        for (Path p : ImportBadInputTest.sampleFiles()) {
            if (!p.toString().endsWith(".xlsx")) continue;
            SourceFile f = SourceFile.read(p);
            List<SheetGrid> poi = SpreadsheetReader.readInMemory(f);
            List<SheetGrid> streamed = XlsxReader.read(f);
            assertEquals(poi.size(), streamed.size(), p.getFileName() + ": sheets");
            for (int i = 0; i < poi.size(); i++) {
                assertEquals(poi.get(i).name(), streamed.get(i).name(), p.getFileName() + ": sheet name");
                assertEquals(poi.get(i).rows(), streamed.get(i).rows(), p.getFileName() + ", sheet " + poi.get(i).name());
            }
            n++;
        }
        assertFalse(n == 0 && SampleExportsDir.find().toFile().isDirectory(), "no xlsx among the sample exports");
    }
}
