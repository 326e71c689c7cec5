package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates every sample export (when ../shared/sample-exports is present) and every fixture in src/test/resources/io —
 * truncation, dropped lines, flipped bytes — and imports each mutant through the registry with auto-detection. Whatever
 * importers are registered, the only thing allowed out is the importer's own {@link ImportException} (or a result).
 * Fixed seed, a fixed number of mutants per file, so the run is repeatable and bounded (about 10 s here).
 */
class ImportFuzzTest {

    private static final long SEED = 20261125L;

    @Test
    void mutatedExportsGiveOnlyTheImportersOwnErrors() throws Exception {
        List<Path> files = new ArrayList<>(ImportBadInputTest.sampleFiles());
        files.addAll(ImportBadInputTest.fixtures());
        assertTrue(files.size() >= 8, "expected the fixtures at least, found " + files);
        Random rnd = new Random(SEED);
        int mutants = 0;
        for (Path p : files) {
            byte[] original = SourceFile.read(p).bytes();
            boolean zip = original.length > 1 && original[0] == 'P' && original[1] == 'K';
            List<byte[]> variants = new ArrayList<>();
            variants.add(truncate(original, rnd));
            variants.add(flipBytes(original, rnd, 1 + rnd.nextInt(8)));
            if (!zip) {
                variants.add(dropLines(original, rnd));
                variants.add(truncate(flipBytes(original, rnd, 3), rnd));
                variants.add(dropLines(dropLines(original, rnd), rnd));
            }
            for (int i = 0; i < variants.size(); i++) {
                String what = p.getFileName() + " mutant " + i;
                SourceFile f = new SourceFile(p.getFileName().toString(), variants.get(i));
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ImportBadInputTest.importOrError(f, null, what), what);
                mutants++;
            }
        }
        assertTrue(mutants >= files.size() * 2);
    }

    static byte[] truncate(byte[] b, Random rnd) {
        return b.length < 2 ? b : Arrays.copyOf(b, 1 + rnd.nextInt(b.length - 1));
    }

    static byte[] flipBytes(byte[] b, Random rnd, int n) {
        byte[] out = b.clone();
        for (int i = 0; i < n && out.length > 0; i++) out[rnd.nextInt(out.length)] ^= (byte) (1 + rnd.nextInt(255));
        return out;
    }

    /** Drops 1–5 runs of lines (as ISO-8859-1 so every byte survives the round trip). */
    static byte[] dropLines(byte[] b, Random rnd) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int drops = 1 + rnd.nextInt(5);
        for (int i = 0; i < drops && lines.size() > 1; i++) {
            int at = rnd.nextInt(lines.size());
            int len = 1 + rnd.nextInt(Math.min(4, lines.size() - at));
            lines.subList(at, at + len).clear();
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }
}
