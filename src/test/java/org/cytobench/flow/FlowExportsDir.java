package org.cytobench.flow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared real flow files live: ../shared/flow-exports next to the project, else /work/shared/flow-exports. */
public final class FlowExportsDir {
    private FlowExportsDir() {}

    public static Path find() { return org.cytobench.testsupport.SharedDir.find("flow-exports"); }

    /** The directory, or the test is skipped (licences keep these files out of the repository). */
    public static Path require() { return org.cytobench.testsupport.SharedDir.require("flow-exports"); }

    public static Path file(String relative) {
        Path f = require().resolve(relative);
        assumeTrue(Files.isRegularFile(f), "skipped: " + f + " not present");
        return f;
    }
}
