package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mutates every sample export (when ../shared/sample-exports is present) and every fixture in src/test/resources/io —
 * truncations, byte flips, deleted and repeated lines, other encodings, huge numbers, very long cells — and imports each
 * mutant through the registry with auto-detection. For each: the import succeeds, or fails with the importer's own
 * {@link ImportException} whose message is one line naming the file; never another exception, never over 10 s. Where
 * the mutation keeps every number that is left (truncation, deleted or repeated lines, re-encoding), a successful
 * import must give only the original's numbers (or warn that the file looks cut off).
 *
 * <p>Seeded and bounded: 10 mutants per file in the suite (about half a minute on a loaded 2-core machine); run
 * {@code mvn test -Dtest=ImportFuzzTest -Dcytobench.fuzz.long=true} for 100 per file with another seed each day
 * ({@code -Dcytobench.fuzz.seed=N} repeats a run).
 */
class ImportFuzzTest {

    private static final boolean LONG = Boolean.getBoolean("cytobench.fuzz.long");
    private static final long SEED = Long.getLong("cytobench.fuzz.seed", LONG ? System.currentTimeMillis() / 86_400_000L : 20261125L);
    private static final int PER_FILE = LONG ? 100 : 10;
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d+");

    /** A mutation and whether every number the mutant still holds is the original's (then values are compared). */
    private record Mutant(String kind, byte[] bytes, boolean keepsNumbers) {}

    @Test
    void mutatedExportsAreReadWithTheOriginalsNumbersOrRefusedInOneLine() throws Exception {
        List<Path> files = new ArrayList<>(ImportBadInputTest.sampleFiles());
        files.addAll(ImportBadInputTest.fixtures());
        assertTrue(files.size() >= 8, "expected the fixtures at least, found " + files);
        Random rnd = new Random(SEED);
        List<String> problems = new ArrayList<>();
        int mutants = 0;
        for (Path p : files) {
            SourceFile whole = SourceFile.read(p);
            ImportResult original = originalOrNull(whole);
            for (Mutant m : mutants(whole.bytes(), rnd)) {
                String what = p.getFileName() + " " + m.kind() + " (seed " + SEED + ")";
                SourceFile f = new SourceFile(p.getFileName().toString(), m.bytes());
                ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> importOrNull(f, what), what);
                if (r != null && original != null && m.keepsNumbers() && r.warnings().stream().noneMatch(w -> w.contains("cut off"))) {
                    ImportedValues.firstDifference(original, r).ifPresent(d -> problems.add(what + ": " + d));
                }
                mutants++;
            }
        }
        assertTrue(mutants >= files.size() * 5, "mutants: " + mutants);
        if (!problems.isEmpty()) fail(problems.size() + " mutants imported numbers the original does not have:\n" + String.join("\n", problems));
    }

    private static ImportResult originalOrNull(SourceFile f) {
        try {
            return PlateImporters.importFile(f, null);
        } catch (ImportException e) {
            return null; // a fixture of bad input
        }
    }

    private static ImportResult importOrNull(SourceFile f, String what) {
        try {
            return PlateImporters.importFile(f, null);
        } catch (ImportException e) {
            ImportBadInputTest.assertOwnMessage(e, what);
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), what + ": more than one line: " + e.getMessage());
            return null;
        }
    }

    private static List<Mutant> mutants(byte[] b, Random rnd) {
        boolean zip = b.length > 1 && b[0] == 'P' && b[1] == 'K';
        boolean binary = zip || (b.length > 3 && b[0] == (byte) 0xD0 && b[1] == (byte) 0xCF);
        List<Mutant> out = new ArrayList<>();
        for (int i = 0; i < PER_FILE; i++) {
            int kind = binary ? rnd.nextInt(3) : rnd.nextInt(9);
            out.add(switch (kind) {
                case 0 -> new Mutant("truncated", truncate(b, rnd), !binary);
                case 1 -> new Mutant("flipped bytes", flipBytes(b, rnd, 1 + rnd.nextInt(8)), false);
                case 2 -> new Mutant("truncated and flipped", truncate(flipBytes(b, rnd, 3), rnd), false);
                case 3 -> new Mutant("deleted lines", dropLines(b, rnd), true);
                case 4 -> new Mutant("repeated lines", repeatLines(b, rnd), true);
                case 5 -> new Mutant("re-encoded", reencode(b, rnd), true);
                case 6 -> new Mutant("huge number", replaceNumber(b, rnd, rnd.nextBoolean() ? "1e999" : "9".repeat(400)), false);
                case 7 -> new Mutant("very long cell", replaceNumber(b, rnd, "7".repeat(60_000) + "x"), false);
                default -> new Mutant("very long line", insertLine(b, rnd, " ".repeat(30_000) + "1" + "\t;,".repeat(10_000)), false);
            });
        }
        return out;
    }

    static byte[] truncate(byte[] b, Random rnd) {
        return b.length < 2 ? b : Arrays.copyOf(b, 1 + rnd.nextInt(b.length - 1));
    }

    static byte[] flipBytes(byte[] b, Random rnd, int n) {
        byte[] out = b.clone();
        for (int i = 0; i < n && out.length > 0; i++) out[rnd.nextInt(out.length)] ^= (byte) (1 + rnd.nextInt(255));
        return out;
    }

    /** Text as ISO-8859-1 (every byte survives the round trip), split keeping the line breaks. */
    private static List<String> lines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("(?<=\n)", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Drops 1–5 runs of lines. */
    static byte[] dropLines(byte[] b, Random rnd) {
        List<String> lines = lines(b);
        int drops = 1 + rnd.nextInt(5);
        for (int i = 0; i < drops && lines.size() > 1; i++) {
            int at = rnd.nextInt(lines.size());
            int len = 1 + rnd.nextInt(Math.min(4, lines.size() - at));
            lines.subList(at, at + len).clear();
        }
        return join(lines);
    }

    /** Repeats 1–3 lines once or twice, in place. */
    static byte[] repeatLines(byte[] b, Random rnd) {
        List<String> lines = lines(b);
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            int at = rnd.nextInt(lines.size());
            String l = lines.get(at);
            if (!l.endsWith("\n")) continue; // the last line has no break to repeat with
            for (int k = 0; k < 1 + rnd.nextInt(2); k++) lines.add(at, l);
        }
        return join(lines);
    }

    /** The decoded text written as UTF-16LE with BOM, UTF-16BE with BOM or UTF-8 with BOM. */
    static byte[] reencode(byte[] b, Random rnd) {
        String text = TextDecoder.decode(b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (rnd.nextInt(3)) {
            case 0 -> { out.write(0xFF); out.write(0xFE); out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE)); }
            case 1 -> { out.write(0xFE); out.write(0xFF); out.writeBytes(text.getBytes(StandardCharsets.UTF_16BE)); }
            default -> { out.write(0xEF); out.write(0xBB); out.write(0xBF); out.writeBytes(text.getBytes(StandardCharsets.UTF_8)); }
        }
        return out.toByteArray();
    }

    /** One decimal number of the file (as ISO-8859-1 text) replaced; the file unchanged when it has none. */
    static byte[] replaceNumber(byte[] b, Random rnd, String replacement) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        Matcher m = NUMBER.matcher(s);
        List<int[]> found = new ArrayList<>();
        while (m.find() && found.size() < 5000) found.add(new int[] {m.start(), m.end()});
        if (found.isEmpty()) return insertLine(b, rnd, replacement);
        int[] at = found.get(rnd.nextInt(found.size()));
        return (s.substring(0, at[0]) + replacement + s.substring(at[1])).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] insertLine(byte[] b, Random rnd, String line) {
        List<String> lines = lines(b);
        lines.add(rnd.nextInt(lines.size() + 1), line + "\r\n");
        return join(lines);
    }
}
