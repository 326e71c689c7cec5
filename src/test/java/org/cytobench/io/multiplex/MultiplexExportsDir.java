package org.cytobench.io.multiplex;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.io.SourceFile;

/** Where the shared real multiplex exports live: ../shared/multiplex-exports, else /work/shared/multiplex-exports. */
public final class MultiplexExportsDir {
    private MultiplexExportsDir() {}

    static Path find() {
        Path rel = Path.of("..", "shared", "multiplex-exports");
        if (Files.isDirectory(rel)) return rel;
        Path abs = Path.of("/work/shared/multiplex-exports");
        return Files.isDirectory(abs) ? abs : rel;
    }

    /** The directory, or the test is skipped (licences keep these files out of the repository). */
    public static Path require() {
        Path d = find();
        assumeTrue(Files.isDirectory(d), "skipped: ../shared/multiplex-exports not present");
        return d;
    }

    /** e.g. {@code file("luminex-xponent/serolyzer_pone.0187901.s001.csv")}. */
    public static SourceFile file(String vendorDirAndName) throws IOException {
        return SourceFile.read(require().resolve(vendorDirAndName));
    }
}
