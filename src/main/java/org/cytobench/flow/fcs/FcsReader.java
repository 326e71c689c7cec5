package org.cytobench.flow.fcs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytobench.flow.FlowEvents;
import org.cytobench.flow.compensation.SpilloverMatrix;

/**
 * Reads FCS 2.0, 3.0 and 3.1 list-mode files: HEADER, TEXT (and supplemental TEXT), DATA of type I (any whole-byte
 * $PnB, masked to $PnR), F and D in either byte order. A file on disk is memory-mapped and its DATA decoded straight into
 * one primitive column per parameter, so the events are never held twice.
 *
 * <p>Where HEADER and TEXT disagree about the DATA offsets (real instruments write this), the pair whose length equals
 * $TOT × bytes per event wins and a warning says so. A file that is not FCS, stops inside its HEADER or TEXT, or whose
 * DATA lies past its end is refused with a {@link FlowFileException} naming the file and the problem.
 */
public final class FcsReader {
    private static final int HEADER_BYTES = 58;

    private FcsReader() {}

    /** Reads a file from disk (memory-mapped). */
    public static FcsFile read(Path path) throws FlowFileException {
        String name = path.getFileName().toString();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) throw new FlowFileException(name, "files over 2 GB are not supported");
            ByteBuffer buf = size == 0 ? ByteBuffer.allocate(0) : ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return read(name, buf);
        } catch (NoSuchFileException e) {
            throw new FlowFileException(name, "no such file");
        } catch (IOException e) {
            throw new FlowFileException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads an FCS file held in memory (e.g. embedded in a project). */
    public static FcsFile read(String name, byte[] bytes) throws FlowFileException {
        return read(name, ByteBuffer.wrap(bytes));
    }

    /** True when the bytes start like an FCS file ("FCS" and a version). */
    public static boolean recognizes(byte[] head) {
        return head.length >= 6 && head[0] == 'F' && head[1] == 'C' && head[2] == 'S' && head[4] == '.';
    }

    static FcsFile read(String name, ByteBuffer file) throws FlowFileException {
        try {
            return parse(name, file);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            // offsets and sizes are checked above; this is the net for a combination of corrupt fields not foreseen
            throw new FlowFileException(name, "the file is corrupt: its offsets or sizes do not fit together (" + e.getMessage() + ")", e);
        }
    }

    private static FcsFile parse(String name, ByteBuffer file) throws FlowFileException {
        long size = file.limit();
        if (size < HEADER_BYTES) {
            throw new FlowFileException(name, "not an FCS file: " + size + " bytes, shorter than the 58-byte FCS HEADER");
        }
        byte[] header = new byte[HEADER_BYTES];
        file.get(0, header);
        String version = new String(header, 0, 6, StandardCharsets.US_ASCII);
        if (!version.matches("FCS[23]\\.[01]")) {
            throw new FlowFileException(name, "not an FCS file: it starts with '" + printable(version)
                    + "' instead of FCS2.0, FCS3.0 or FCS3.1");
        }
        List<String> warnings = new ArrayList<>();
        long textStart = offset(header, 10, name, "TEXT start");
        long textEnd = offset(header, 18, name, "TEXT end");
        long dataStart = offset(header, 26, name, "DATA start");
        long dataEnd = offset(header, 34, name, "DATA end");
        if (textStart < HEADER_BYTES || textEnd < textStart) {
            throw new FlowFileException(name, "the HEADER gives an impossible TEXT segment (bytes " + textStart + "-" + textEnd + ")");
        }
        if (textEnd >= size) {
            throw new FlowFileException(name, "the TEXT segment (bytes " + textStart + "-" + textEnd + ") runs past the end of the file ("
                    + size + " bytes): the file was cut short");
        }
        Map<String, String> kw = FcsText.parse(file.slice((int) textStart, (int) (textEnd - textStart + 1)), name);
        addSupplementalText(file, kw, name, textStart, textEnd, warnings);

        String mode = get(kw, "$MODE", "L").trim().toUpperCase(Locale.ROOT);
        if (!mode.equals("L")) throw new FlowFileException(name, "$MODE " + mode + " (histogram data) is not supported, only list mode (L)");
        String type = get(kw, "$DATATYPE", "").trim().toUpperCase(Locale.ROOT);
        if (!type.equals("I") && !type.equals("F") && !type.equals("D")) {
            throw new FlowFileException(name, type.isEmpty() ? "$DATATYPE is missing"
                    : "$DATATYPE " + type + " is not supported (only I, F and D)");
        }
        int par = intKeyword(kw, "$PAR", name, -1);
        if (par <= 0) throw new FlowFileException(name, "$PAR (the number of parameters) is missing or not positive");
        List<FcsChannel> channels = channels(kw, par, type, name);
        ByteOrder order = byteOrder(get(kw, "$BYTEORD", ""), name);
        if (!"0".equals(get(kw, "$NEXTDATA", "0").trim().replaceFirst("^0+(?=.)", ""))) {
            warnings.add("the file holds more than one data set ($NEXTDATA); only the first is read");
        }

        int bytesPerEvent = 0;
        for (FcsChannel c : channels) bytesPerEvent += c.bits() / 8;
        long[] data = locateData(kw, dataStart, dataEnd, bytesPerEvent, size, name, warnings);
        long totLong = data[1] / bytesPerEvent;
        int tot = (int) totLong;
        double[][] cols = new double[par][tot];
        ByteBuffer seg = file.slice((int) data[0], (int) data[1]).order(order);
        switch (type) {
            case "F" -> decodeFloats(seg, cols, tot, par);
            case "D" -> decodeDoubles(seg, cols, tot, par);
            default -> decodeIntegers(seg, cols, tot, channels, order);
        }
        List<String> names = channels.stream().map(FcsChannel::name).toList();
        return new FcsFile(name, version, kw, channels, new FlowEvents(names, cols), spillover(kw, names, name, warnings), warnings);
    }

    private static List<FcsChannel> channels(Map<String, String> kw, int par, String type, String file) throws FlowFileException {
        List<FcsChannel> out = new ArrayList<>(par);
        for (int n = 1; n <= par; n++) {
            String pname = get(kw, "$P" + n + "N", "").trim();
            if (pname.isEmpty()) pname = "P" + n;
            String marker = kw.get("$P" + n + "S");
            marker = marker == null || marker.isBlank() ? null : marker.trim();
            int bits = intKeyword(kw, "$P" + n + "B", file, -1);
            if (bits <= 0) {
                throw new FlowFileException(file, "$P" + n + "B (bits of parameter " + pname + ") is missing or not a number");
            }
            int expected = type.equals("F") ? 32 : type.equals("D") ? 64 : -1;
            if (expected > 0 && bits != expected) {
                throw new FlowFileException(file, "$P" + n + "B is " + bits + " but $DATATYPE " + type + " stores " + expected + "-bit values");
            }
            if (bits % 8 != 0 || bits > 64) {
                throw new FlowFileException(file, "$P" + n + "B is " + bits + ": only whole bytes (8, 16, 24, 32 ... 64 bits) are supported");
            }
            double range = doubleKeyword(kw, "$P" + n + "R", file, 0);
            double decades = 0;
            double logZero = 0;
            String e = kw.get("$P" + n + "E");
            if (e != null && type.equals("I")) { // FCS 3.1: $PnE must be 0,0 for F and D
                String[] f = e.split(",");
                decades = parseOr(f[0], 0);
                logZero = f.length > 1 ? parseOr(f[1], 0) : 0;
                if (decades > 0 && logZero == 0) logZero = 1; // "4,0" from FCS 2.0 instruments means 4 decades from 1
            }
            double gain = doubleKeyword(kw, "$P" + n + "G", file, 1);
            out.add(new FcsChannel(n, pname, marker, bits, range, decades, logZero, gain <= 0 ? 1 : gain));
        }
        return out;
    }

    /** Returns {start, length} of the DATA segment after reconciling HEADER, TEXT and $TOT. */
    private static long[] locateData(Map<String, String> kw, long hStart, long hEnd, int bytesPerEvent, long size,
                                     String file, List<String> warnings) throws FlowFileException {
        long tStart = longKeyword(kw, "$BEGINDATA", file, -1);
        long tEnd = longKeyword(kw, "$ENDDATA", file, -1);
        long tot = longKeyword(kw, "$TOT", file, -1);
        List<long[]> candidates = new ArrayList<>();
        if (hStart > 0 || hEnd > 0) candidates.add(new long[] {hStart, hEnd});
        if (tStart > 0) candidates.add(new long[] {tStart, tEnd});
        if (candidates.isEmpty()) throw new FlowFileException(file, "neither the HEADER nor $BEGINDATA gives the DATA offset");
        if (tot < 0) { // FCS 2.0 may omit $TOT: take it from the segment
            long[] c = candidates.get(0);
            tot = (c[1] - c[0] + 1) / bytesPerEvent;
            warnings.add("$TOT is missing; " + tot + " events read from the DATA segment's length");
        }
        long expected = tot * bytesPerEvent;
        for (long[] c : candidates) {
            if (c[1] - c[0] + 1 == expected && c[0] + expected <= size) {
                if (c != candidates.get(0) || disagree(candidates)) {
                    warnings.add("the HEADER and TEXT disagree on the DATA offsets (HEADER " + hStart + "-" + hEnd + ", TEXT "
                            + tStart + "-" + tEnd + "); read bytes " + c[0] + "-" + c[1] + ", which hold $TOT = " + tot + " events");
                }
                return new long[] {c[0], expected};
            }
        }
        long start = candidates.get(candidates.size() - 1)[0];
        if (start >= size || start + expected > size) {
            throw new FlowFileException(file, "the DATA segment (" + tot + " events, bytes " + start + "-" + (start + expected - 1)
                    + ") lies past the end of the file (" + size + " bytes): only the header was saved, or the file was cut short");
        }
        warnings.add("the DATA offsets (" + start + "-" + candidates.get(candidates.size() - 1)[1] + ") do not match $TOT = " + tot
                + " events of " + bytesPerEvent + " bytes; read " + expected + " bytes from " + start);
        return new long[] {start, expected};
    }

    private static boolean disagree(List<long[]> c) {
        return c.size() == 2 && (c.get(0)[0] != c.get(1)[0] || c.get(0)[1] != c.get(1)[1]);
    }

    private static void decodeFloats(ByteBuffer seg, double[][] cols, int tot, int par) {
        java.nio.FloatBuffer fb = seg.asFloatBuffer();
        for (int e = 0, i = 0; e < tot; e++) {
            for (int p = 0; p < par; p++) cols[p][e] = fb.get(i++);
        }
    }

    private static void decodeDoubles(ByteBuffer seg, double[][] cols, int tot, int par) {
        java.nio.DoubleBuffer db = seg.asDoubleBuffer();
        for (int e = 0, i = 0; e < tot; e++) {
            for (int p = 0; p < par; p++) cols[p][e] = db.get(i++);
        }
    }

    /** Unsigned integers of any whole-byte width per parameter, masked to the bits $PnR needs (FCS 3.1, $PnR). */
    private static void decodeIntegers(ByteBuffer seg, double[][] cols, int tot, List<FcsChannel> channels, ByteOrder order) {
        int par = channels.size();
        int[] width = new int[par];
        long[] mask = new long[par];
        for (int p = 0; p < par; p++) {
            FcsChannel c = channels.get(p);
            width[p] = c.bits() / 8;
            mask[p] = maskFor(c.range(), c.bits());
        }
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        int pos = 0;
        for (int e = 0; e < tot; e++) {
            for (int p = 0; p < par; p++) {
                int w = width[p];
                long v;
                if (w == 2) {
                    v = seg.getShort(pos) & 0xFFFFL;
                } else if (w == 4) {
                    v = seg.getInt(pos) & 0xFFFFFFFFL;
                } else if (w == 1) {
                    v = seg.get(pos) & 0xFFL;
                } else {
                    v = 0;
                    for (int b = 0; b < w; b++) {
                        long by = seg.get(pos + b) & 0xFFL;
                        v |= little ? by << (8 * b) : by << (8 * (w - 1 - b));
                    }
                }
                cols[p][e] = v & mask[p];
                pos += w;
            }
        }
    }

    static long maskFor(double range, int bits) {
        long all = bits >= 64 ? -1L : (1L << bits) - 1;
        if (!(range > 1)) return all;
        int need = 64 - Long.numberOfLeadingZeros((long) Math.ceil(range) - 1); // ceil(log2(range))
        return need >= bits ? all : (1L << need) - 1;
    }

    private static ByteOrder byteOrder(String byteord, String file) throws FlowFileException {
        String s = byteord.replace(" ", "");
        if (s.equals("1,2,3,4") || s.equals("1,2") || s.equals("1,2,3,4,5,6,7,8") || s.equals("1")) return ByteOrder.LITTLE_ENDIAN;
        if (s.equals("4,3,2,1") || s.equals("2,1") || s.equals("8,7,6,5,4,3,2,1")) return ByteOrder.BIG_ENDIAN;
        throw new FlowFileException(file, s.isEmpty() ? "$BYTEORD is missing" : "$BYTEORD " + s + " is not supported (only 1,2,3,4 and 4,3,2,1)");
    }

    private static SpilloverMatrix spillover(Map<String, String> kw, List<String> names, String file, List<String> warnings) {
        for (String key : List.of("$SPILLOVER", "SPILL", "$SPILL", "SPILLOVER")) {
            String v = kw.get(key);
            if (v == null || v.isBlank()) continue;
            try {
                SpilloverMatrix m = SpilloverMatrix.parseKeyword(v);
                for (String d : m.detectors()) {
                    if (!names.contains(d)) {
                        warnings.add(key + " names channel '" + d + "', which the file does not have; compensation not available");
                        return null;
                    }
                }
                return m;
            } catch (IllegalArgumentException e) {
                warnings.add(key + " was not used: " + e.getMessage());
                return null;
            }
        }
        return null;
    }

    private static void addSupplementalText(ByteBuffer file, Map<String, String> kw, String name, long textStart, long textEnd,
                                            List<String> warnings) throws FlowFileException {
        long s = longKeyword(kw, "$BEGINSTEXT", name, 0);
        long e = longKeyword(kw, "$ENDSTEXT", name, 0);
        if (s <= 0 || e < s) return;
        if (s == textStart && e == textEnd) return;
        if (e >= file.limit()) {
            warnings.add("the supplemental TEXT (bytes " + s + "-" + e + ") lies past the end of the file and was not read");
            return;
        }
        Map<String, String> extra = FcsText.parse(file.slice((int) s, (int) (e - s + 1)), name);
        extra.forEach(kw::putIfAbsent);
    }

    private static long offset(byte[] header, int at, String file, String what) throws FlowFileException {
        String s = new String(header, at, 8, StandardCharsets.US_ASCII).trim();
        if (s.isEmpty()) return 0;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new FlowFileException(file, "the HEADER's " + what + " offset '" + printable(s) + "' is not a number");
        }
    }

    private static String get(Map<String, String> kw, String key, String dflt) {
        String v = kw.get(key);
        return v == null ? dflt : v;
    }

    private static int intKeyword(Map<String, String> kw, String key, String file, int dflt) throws FlowFileException {
        long v = longKeyword(kw, key, file, dflt);
        if (v > Integer.MAX_VALUE) throw new FlowFileException(file, key + " " + v + " is too large");
        return (int) v;
    }

    private static long longKeyword(Map<String, String> kw, String key, String file, long dflt) throws FlowFileException {
        String v = kw.get(key);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new FlowFileException(file, key + " '" + printable(v.trim()) + "' is not a whole number");
        }
    }

    private static double doubleKeyword(Map<String, String> kw, String key, String file, double dflt) throws FlowFileException {
        String v = kw.get(key);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new FlowFileException(file, key + " '" + printable(v.trim()) + "' is not a number");
        }
    }

    private static double parseOr(String s, double dflt) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= 32 && c < 127 ? c : '?');
        return sb.toString();
    }
}
