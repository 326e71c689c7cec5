package org.cytobench.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Signs at the end of a text export that it was cut off (a copy interrupted, a download stopped): half a UTF-16
 * character, or a last line that ends inside a number with no line break after it. A cut inside a number is the
 * dangerous one: "3.1307" cut to "3.13" still reads as a number, so only the missing line break tells.
 */
final class CutOffText {
    private CutOffText() {}

    private static final int TAIL_BYTES = 8192;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{3}");

    /** What a cut-off check found: the problem sentence and the line it concerns (1-based). */
    record Finding(int line, String problem) {}

    /** The sign of a cut found at the end of {@code file}, or null when it ends cleanly (spreadsheets: always null). */
    static Finding find(SourceFile file) {
        if (file.isSpreadsheet() || file.size() == 0) return null;
        byte[] head = file.head(4096);
        Charset cs = TextDecoder.detect(head);
        boolean utf16 = cs.name().startsWith("UTF-16");
        if (utf16 && file.size() % 2 == 1) {
            return new Finding(lineCount(file), "the file ends in the middle of a character (UTF-16 text of an odd number of "
                    + "bytes): it looks cut off; export it again");
        }
        String tail = tail(file, cs, utf16);
        if (tail.isEmpty() || tail.endsWith("\n") || tail.endsWith("\r")) return null;
        int lineStart = Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('\r')) + 1;
        String last = tail.substring(lineStart);
        // a line of words ("Exported with Kaleido 3.0") is a trailer, not a row of readings, whatever its last token
        if (WORD.matcher(last).find()) return null;
        List<String> numbers = numbers(last);
        if (numbers.isEmpty() || !endsWithNumber(last, numbers.get(numbers.size() - 1))) return null;
        return new Finding(lineCount(file), "the file ends inside a row of numbers ('" + shortened(numbers.get(numbers.size() - 1))
                + "' is its last value, with no line break after it)");
    }

    /** True when the number is shorter than every other number on its line (1.03E+00 … 7.4): a cut one, most likely. */
    static boolean lastNumberLooksShort(SourceFile file) {
        Finding f = find(file);
        if (f == null) return false;
        String tail = tail(file, TextDecoder.detect(file.head(4096)), false);
        String last = tail.substring(Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('\r')) + 1);
        List<String> n = numbers(last);
        if (n.size() < 2) return false;
        String lastNumber = n.get(n.size() - 1);
        return n.subList(0, n.size() - 1).stream().allMatch(s -> s.length() > lastNumber.length());
    }

    private static String tail(SourceFile file, Charset cs, boolean utf16) {
        int n = Math.min(file.size(), TAIL_BYTES);
        if (utf16 && n % 2 == 1) n--;
        byte[] b = file.bytes();
        return new String(Arrays.copyOfRange(b, b.length - n, b.length), cs);
    }

    /** The fields of a line that are numbers (split on tab, ';', ',' and spaces; a decimal comma counts). */
    private static List<String> numbers(String line) {
        List<String> out = new ArrayList<>();
        for (String f : line.split("[\\t;, ]+")) {
            String s = f.replace("\"", "");
            if (!s.isEmpty() && Cell.parse(s, false).isNumber()) out.add(s);
        }
        return out;
    }

    private static boolean endsWithNumber(String line, String number) {
        return line.replace("\"", "").stripTrailing().endsWith(number) && !line.endsWith(" ") && !line.endsWith("\t");
    }

    private static int lineCount(SourceFile file) {
        return Math.max(1, TextDecoder.lines(file).size());
    }

    private static String shortened(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
