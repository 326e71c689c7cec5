package org.cytobench.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every real export in ../shared/sample-exports cut in code at many offsets (inside numbers, at line ends, just after
 * them): the cut copy is refused with the importer's own message, or every number it gives is the intact file's number
 * for that well. A Kaleido csv cut inside a number used to import 49 of 96 wells with E1 = 0.0 (true 0.0868), VICTOR and
 * Multiskan text lost digits (3.1307 → 3.13).
 */
class TruncatedExportsTest {

    @Test
    void cutExportsAreRefusedOrGiveOnlyTheOriginalsNumbers() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path p : ImportBadInputTest.sampleFiles()) {
            SourceFile whole = SourceFile.read(p);
            ImportResult original = PlateImporters.importFile(whole, null);
            byte[] b = whole.bytes();
            for (int cut : offsets(b)) {
                SourceFile f = new SourceFile(whole.name(), Arrays.copyOf(b, cut));
                String what = p.getFileName() + " cut at " + cut + " of " + b.length;
                ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try {
                        return PlateImporters.importFile(f, null);
                    } catch (ImportException e) {
                        ImportBadInputTest.assertOwnMessage(e, what);
                        return null;
                    }
                }, what);
                boolean warned = r != null && r.warnings().stream().anyMatch(w -> w.contains("cut off"));
                if (r != null && !warned) ImportedValues.firstDifference(original, r).ifPresent(d -> problems.add(what + ": " + d));
                if (r != null && !warned && r.warnings().size() <= original.warnings().size()) {
                    ImportedValues.lostWells(original, r).ifPresent(d -> problems.add(what + " (no warning): " + d));
                }
            }
        }
        if (!problems.isEmpty()) fail(problems.size() + " cut exports imported wrong numbers:\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /** Cut points per file: about 24 in the suite, 400 with -Dcytobench.fuzz.long=true. */
    private static final int CUTS = Boolean.getBoolean("cytobench.fuzz.long") ? 400 : 24;

    /** Offsets right after a digit that another digit follows (cut inside a number), at line ends and just after them, plus 40 even steps. */
    static TreeSet<Integer> offsets(byte[] b) {
        TreeSet<Integer> out = new TreeSet<>();
        int step = Math.max(1, b.length / (CUTS / 3));
        for (int i = step; i < b.length; i += step) out.add(i);
        List<Integer> inNumber = new ArrayList<>();
        for (int i = 1; i < b.length - 1; i++) {
            if (Character.isDigit(b[i - 1]) && (Character.isDigit(b[i]) || b[i] == '.' || b[i] == ',')) inNumber.add(i);
            if (b[i] == '\n') { out.add(i); out.add(i + 1); }
        }
        int every = Math.max(1, inNumber.size() / (CUTS / 3));
        for (int i = 0; i < inNumber.size(); i += every) out.add(inNumber.get(i));
        if (out.size() > CUTS) { // bounded: keep an even subset
            List<Integer> all = new ArrayList<>(out);
            out.clear();
            for (int i = 0; i < all.size(); i += all.size() / CUTS + 1) out.add(all.get(i));
        }
        return out;
    }
}
