package org.cytobench.io.multiplex;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytobench.io.SourceFile;

/** Where the shared real multiplex exports live: ../shared/multiplex-exports, else /work/shared/multiplex-exports. */
public final class MultiplexExportsDir {
    private MultiplexExportsDir() {}

    static Path find() { return org.cytobench.testsupport.SharedDir.find("multiplex-exports"); }

    /** The directory, or the test is skipped (licences keep these files out of the repository). */
    public static Path require() { return org.cytobench.testsupport.SharedDir.require("multiplex-exports"); }

    /** e.g. {@code file("luminex-xponent/serolyzer_pone.0187901.s001.csv")}. */
    public static SourceFile file(String vendorDirAndName) throws IOException {
        return SourceFile.read(require().resolve(vendorDirAndName));
    }
}
