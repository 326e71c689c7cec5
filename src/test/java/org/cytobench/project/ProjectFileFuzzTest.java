package org.cytobench.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged experiment files, made from the frozen fixtures by seeded mutations (byte flips, cuts, deleted, repeated and
 * swapped lines, values replaced by extreme ones): each either opens or is refused with one plain sentence naming the
 * file. Never another exception, never a second line. Bounded: a few seconds.
 */
class ProjectFileFuzzTest {

    private static final String[] EXTREMES = {"null", "\"\"", "-1", "0", "1e308", "1e400", "-0.0", "[]", "{}", "true",
            "123456789012345678901234567890", "\"Q99\"", "\"A1\"", "\"\\u0000\"", "[[[[[[[[]]]]]]]]", "\"" + "x".repeat(1000) + "\""};

    private final ProjectCodec codec = new ProjectCodec();

    @Test
    void everyMutantOpensOrIsRefusedWithOnePlainSentence() throws Exception {
        Random random = new Random(20261201);
        int refused = 0, opened = 0;
        for (String fixture : List.of("pilot.cytobench", "complete.cytobench")) {
            byte[] original = Files.readAllBytes(Path.of("src/test/resources/project/v1", fixture));
            for (int i = 0; i < 200; i++) {
                byte[] mutant = mutate(original, random);
                try {
                    codec.decode(mutant, "fuzz.cytobench");
                    opened++;
                } catch (ProjectFileException e) {
                    refused++;
                    String m = e.getMessage();
                    assertTrue(m.startsWith("fuzz.cytobench "), m);
                    assertFalse(m.contains("\n"), m);
                    assertFalse(m.contains("java.") || m.contains("Exception") || m.contains("com.fasterxml"), m);
                } catch (RuntimeException e) {
                    fail("mutant " + i + " of " + fixture + " escaped as " + e, e);
                }
            }
        }
        assertTrue(refused > 200 && opened > 5, "the mutations exercise both outcomes: " + refused + " refused, " + opened + " opened");
    }

    private static byte[] mutate(byte[] original, Random r) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        switch (r.nextInt(6)) {
            case 0 -> {
                byte[] b = original.clone();
                for (int k = 0; k < 1 + r.nextInt(3); k++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                return b;
            }
            case 1 -> { return Arrays.copyOf(original, r.nextInt(original.length)); }
            case 2 -> lines.remove(r.nextInt(lines.size()));
            case 3 -> {
                int at = r.nextInt(lines.size());
                lines.add(at, lines.get(at));
            }
            case 4 -> {
                int a = r.nextInt(lines.size()), b = r.nextInt(lines.size());
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
            default -> {
                int at = r.nextInt(lines.size());
                String line = lines.get(at);
                int colon = line.indexOf(" : ");
                if (colon >= 0) {
                    boolean comma = line.endsWith(",");
                    lines.set(at, line.substring(0, colon + 3) + EXTREMES[r.nextInt(EXTREMES.length)] + (comma ? "," : ""));
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
