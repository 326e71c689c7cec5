package org.cytobench.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared real exports live: ../shared/sample-exports next to the project, else /work/shared/sample-exports. */
public final class SampleExportsDir {
    private SampleExportsDir() {}

    public static Path find() { return org.cytobench.testsupport.SharedDir.find("sample-exports"); }

    /** The directory, or the test is skipped (licences keep these files out of the repository). */
    public static Path require() { return org.cytobench.testsupport.SharedDir.require("sample-exports"); }

    public static SourceFile file(String vendorDirAndName) throws IOException {
        return SourceFile.read(require().resolve(vendorDirAndName));
    }
}
