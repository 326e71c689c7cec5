package org.cytobench.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared real exports live: ../shared/sample-exports next to the project, else /work/shared/sample-exports. */
public final class SampleExportsDir {
    private SampleExportsDir() {}

    public static Path find() {
        Path rel = Path.of("..", "shared", "sample-exports");
        if (Files.isDirectory(rel)) return rel;
        Path abs = Path.of("/work/shared/sample-exports");
        return Files.isDirectory(abs) ? abs : rel;
    }

    /** The directory, or the test is skipped (licences keep these files out of the repository). */
    public static Path require() {
        Path d = find();
        assumeTrue(Files.isDirectory(d), "skipped: ../shared/sample-exports not present");
        return d;
    }

    public static SourceFile file(String vendorDirAndName) throws IOException {
        return SourceFile.read(require().resolve(vendorDirAndName));
    }
}
