package org.cytobench.flow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared real flow files live: ../shared/flow-exports next to the project, else /work/shared/flow-exports. */
public final class FlowExportsDir {
    private FlowExportsDir() {}

    public static Path find() {
        Path rel = Path.of("..", "shared", "flow-exports");
        if (Files.isDirectory(rel)) return rel;
        Path abs = Path.of("/work/shared/flow-exports");
        return Files.isDirectory(abs) ? abs : rel;
    }

    /** The directory, or the test is skipped (licences keep these files out of the repository). */
    public static Path require() {
        Path d = find();
        assumeTrue(Files.isDirectory(d), "skipped: ../shared/flow-exports not present");
        return d;
    }

    public static Path file(String relative) {
        Path f = require().resolve(relative);
        assumeTrue(Files.isRegularFile(f), "skipped: " + f + " not present");
        return f;
    }
}
