package org.cytobench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The lean start of {@code fit}: a fresh JVM fitting a curve loads no Jackson databind class (no ObjectMapper). */
class FitStartupTest {
    @Test
    void fitLoadsNoJacksonDatabind() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xshare:auto", "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "org.cytobench.cli.Main", "fit", "src/test/resources/fit/dnase1.csv")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "fit did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("org.cytobench.cli.FitJson"), "class loading was not logged");
        assertTrue(output.contains("\"status\":\"converged\""), output);
        assertFalse(output.contains("com.fasterxml.jackson.databind"), "fit loaded Jackson databind");
    }
}
