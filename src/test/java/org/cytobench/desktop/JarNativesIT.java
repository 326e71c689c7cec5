package org.cytobench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shaded jar runs the workbench on every desktop: it must carry each platform's JavaFX natives under
 * natives/PLATFORM/ and each platform's glass toolkit classes. Runs in {@code mvn verify} (failsafe), on the jar that
 * {@code package} built.
 */
class JarNativesIT {

    private static Path jar;
    private static Set<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        jar = Path.of(System.getProperty("cytobench.jar", "target/cytobench.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": run mvn package first");
        entries = new TreeSet<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            jf.stream().forEach(e -> entries.add(e.getName()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "win-x64,       '',  .dll,   com/sun/glass/ui/win/WinApplication.class, d3d",
        "mac-x64,       lib, .dylib, com/sun/glass/ui/mac/MacApplication.class, es2",
        "mac-aarch64,   lib, .dylib, com/sun/glass/ui/mac/MacApplication.class, es2",
        "linux-x64,     lib, .so,    com/sun/glass/ui/gtk/GtkApplication.class, es2",
        "linux-aarch64, lib, .so,    com/sun/glass/ui/gtk/GtkApplication.class, es2",
    })
    void carriesThePlatformsNativesAndToolkit(String platform, String prefix, String suffix, String toolkitClass, String gpu) {
        List<String> missing = new ArrayList<>();
        for (String lib : List.of("glass", "prism_sw", "prism_common", "javafx_font", "javafx_iio", "decora_sse", "prism_" + gpu)) {
            String name = "natives/" + platform + "/" + prefix + lib + suffix;
            if (!entries.contains(name)) missing.add(name);
        }
        if (platform.startsWith("linux") && !entries.contains("natives/" + platform + "/libglassgtk3.so")) missing.add("libglassgtk3.so");
        if (!entries.contains(toolkitClass)) missing.add(toolkitClass);
        assertTrue(missing.isEmpty(), jar + " lacks for " + platform + ": " + missing);
    }

    @Test
    void keepsNoNativeLibraryAtTheRootWhereTwoPlatformsWouldCollide() {
        List<String> atRoot = entries.stream().filter(n -> !n.contains("/") && n.matches(".*\\.(so|dll|dylib)$")).toList();
        assertEquals(List.of(), atRoot);
    }

    @Test
    void printsThePomVersion() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "--version")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "--version did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        assertEquals("Cytobench " + System.getProperty("cytobench.pomVersion"), out);
    }
}
