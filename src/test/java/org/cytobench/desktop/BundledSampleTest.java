package org.cytobench.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSampleTest {

    @TempDir
    Path cache;

    @Test
    void theJarCarriesTheSampleExperimentByteForByte() throws Exception {
        Path copy = BundledSample.copyTo(cache);
        assertEquals(BundledSample.copyLocation(cache), copy);
        assertArrayEquals(Files.readAllBytes(Path.of("sample-data", BundledSample.FILE_NAME)), Files.readAllBytes(copy));
        assertEquals(3, new ProjectFiles().open(copy).experiment().assays().size());
        assertTrue(BundledSample.isCopy(copy, cache));
        assertFalse(BundledSample.isCopy(Path.of("sample-data", BundledSample.FILE_NAME), cache));
    }

    @Test
    void aChangedCopyIsRefreshedOnTheNextStart() throws Exception {
        Path copy = BundledSample.copyTo(cache);
        Files.writeString(copy, "{}");
        BundledSample.copyTo(cache);
        assertArrayEquals(Files.readAllBytes(Path.of("sample-data", BundledSample.FILE_NAME)), Files.readAllBytes(copy));
    }
}
