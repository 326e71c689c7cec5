package org.cytobench.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core (everything outside org.cytobench.ui) must never use JavaFX or the UI: the CLI and scripts run it headless. */
class CoreIsHeadlessTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(javafx\\.|org\\.jfree\\.chart\\.fx\\.|org\\.cytobench\\.ui\\b)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED_USE = Pattern.compile("\\b(javafx\\.[a-z]+\\.[A-Za-z]|org\\.cytobench\\.ui\\.[A-Z])");

    @Test
    void noCoreClassImportsJavaFxOrTheUi() throws IOException {
        Path root = Path.of("src/main/java/org/cytobench");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (root.relativize(f).startsWith("ui")) continue;
                String src = Files.readString(f, StandardCharsets.UTF_8);
                if (FORBIDDEN.matcher(src).find() || QUALIFIED_USE.matcher(src).find()) offenders.add(root.relativize(f).toString());
            }
        }
        assertTrue(offenders.isEmpty(), "core classes that use JavaFX or the UI: " + offenders);
    }

    @Test
    void theCheckCatchesAnOffender() {
        assertTrue(FORBIDDEN.matcher("package x;\nimport javafx.scene.Node;\n").find());
        assertTrue(FORBIDDEN.matcher("import org.cytobench.ui.MainView;").find());
        assertTrue(QUALIFIED_USE.matcher("javafx.scene.Node n;").find());
    }
}
