package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cytobench.desktop.AppVersion;
import org.junit.jupiter.api.Test;

class VersionOptionTest {

    @Test
    void versionPrintsTheProgramsVersionAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"--version"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, rc);
        assertEquals("Cytobench " + AppVersion.current(), out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(false, AppVersion.current().equals("unknown"));
    }
}
