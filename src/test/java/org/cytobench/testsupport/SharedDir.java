package org.cytobench.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared real instrument files live: {@code ../shared/NAME} next to the project (as CI lays it out), else
 * {@code /work/shared/NAME}. Their licences keep them out of the repository, so a test that needs them is skipped,
 * saying so, when they are absent.
 */
public final class SharedDir {
    private SharedDir() {}

    public static Path find(String name) {
        Path rel = Path.of("..", "shared", name);
        if (Files.isDirectory(rel)) return rel;
        Path abs = Path.of("/work/shared", name);
        return Files.isDirectory(abs) ? abs : rel;
    }

    /** The directory, or the test is skipped. */
    public static Path require(String name) {
        Path d = find(name);
        assumeTrue(Files.isDirectory(d), "skipped: ../shared/" + name + " not present");
        return d;
    }
}
