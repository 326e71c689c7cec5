package org.cytobench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytobench.plate.Analyte;
import org.cytobench.plate.Experiment;
import org.cytobench.plate.PlateData;

/**
 * Which imported plate goes to which of the layout's assay plates: by analyte (an {@code ANALYTE=FILE} argument, else
 * the analyte named in the plate's own name, else in the file name), and by order only for plates that name none —
 * with a warning. A plate of an analyte the layout does not measure, or a second plate for an analyte the layout has
 * only one assay plate of, is refused.
 */
final class PlateAssignment {
    private PlateAssignment() {}

    /** One imported plate: where it came from and the analyte the user named for it (null when none). */
    record Imported(PlateData data, String file, String namedAnalyte) {}

    /** @return for each assay plate of the layout, in order, the index into {@code plates} */
    static int[] assign(Experiment layout, String layoutFile, List<Imported> plates, PrintStream warnings)
            throws AnalyzeCommand.BadInput {
        int assays = layout.assays().size();
        if (plates.size() != assays) {
            throw new AnalyzeCommand.BadInput(layoutFile + ": has " + assays + " assay plates but the plate files hold "
                    + plates.size() + " plates");
        }
        int[] out = new int[assays];
        java.util.Arrays.fill(out, -1);
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < plates.size(); i++) {
            Imported p = plates.get(i);
            String analyte = p.namedAnalyte() != null ? p.namedAnalyte() : detect(p, layout);
            if (analyte == null) {
                unmatched.add(i);
                continue;
            }
            int slot = freeAssayOf(layout, analyte, out);
            if (slot == -2) {
                throw new AnalyzeCommand.BadInput(p.file() + ": is a " + analyte + " plate" + how(p) + ", but " + layoutFile
                        + " measures " + String.join(", ", analytes(layout)));
            }
            if (slot == -1) {
                throw new AnalyzeCommand.BadInput(p.file() + ": is another " + analyte + " plate" + how(p) + ", but " + layoutFile
                        + " has only " + count(layout, analyte) + " " + analyte + " assay plate" + (count(layout, analyte) == 1 ? "" : "s"));
            }
            out[slot] = i;
        }
        int next = 0;
        for (int i : unmatched) {
            while (out[next] != -1) next++;
            out[next] = i;
            warnings.println("warning: " + plates.get(i).file() + ": its plate and file name name no analyte of the layout; assigned by"
                    + " order to assay plate " + (next + 1) + " (" + layout.assays().get(next).layout().analyte().name()
                    + "); use --plate ANALYTE=FILE to say which");
        }
        return out;
    }

    private static String how(Imported p) {
        return p.namedAnalyte() != null ? " (as given)" : " (by its name)";
    }

    /** The first assay plate of that analyte not yet taken; −1 when all are taken, −2 when the layout has none. */
    private static int freeAssayOf(Experiment layout, String analyte, int[] taken) {
        boolean any = false;
        for (int a = 0; a < layout.assays().size(); a++) {
            if (!key(layout.assays().get(a).layout().analyte().name()).equals(key(analyte))) continue;
            any = true;
            if (taken[a] == -1) return a;
        }
        return any ? -1 : -2;
    }

    private static int count(Experiment layout, String analyte) {
        return (int) layout.assays().stream().filter(r -> key(r.layout().analyte().name()).equals(key(analyte))).count();
    }

    private static List<String> analytes(Experiment layout) {
        Set<String> s = new LinkedHashSet<>();
        layout.assays().forEach(r -> s.add(r.layout().analyte().name()));
        return List.copyOf(s);
    }

    /** The one analyte (the layout's or a known one) the plate's name, else the file name, mentions; null for none or several. */
    static String detect(Imported p, Experiment layout) {
        Set<String> candidates = new LinkedHashSet<>(analytes(layout));
        Analyte.KNOWN.forEach(a -> candidates.add(a.name()));
        for (String text : new String[] {p.data().name(), p.file()}) {
            if (text == null) continue;
            List<String> found = candidates.stream().filter(a -> mentions(text, a)).toList();
            if (found.size() == 1) return found.get(0);
        }
        return null;
    }

    /** Whether the text names the analyte: "2024-11-14_TNF-alpha_SoftMaxPro" mentions TNF-α; "IL-10" does not mention IL-1. */
    static boolean mentions(String text, String analyte) {
        String t = key(text);
        String k = key(analyte);
        for (int i = t.indexOf(k); i >= 0; i = t.indexOf(k, i + 1)) {
            int end = i + k.length();
            boolean digitAfter = end < t.length() && Character.isDigit(t.charAt(end)) && Character.isDigit(k.charAt(k.length() - 1));
            boolean letterBefore = i > 0 && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(k.charAt(0));
            if (!digitAfter && !letterBefore) return true;
        }
        return false;
    }

    /** Lower case, Greek letters spelt out, only letters and digits: "TNF-α" → "tnfalpha", "IL-6" → "il6". */
    static String key(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("α", "alpha").replace("β", "beta").replace("γ", "gamma");
        return t.replaceAll("[^a-z0-9]", "");
    }
}
