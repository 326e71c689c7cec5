package org.cytobench.io.platereader.biotek;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytobench.io.Workbooks;

/**
 * Gen5's time cells. Text exports write {@code H:MM:SS} (kinetic runs, {@code 0:01:48}) or, for fast well-mode
 * kinetics, {@code M:SS.mmm} ({@code 0:00.210}). Workbooks store Excel day numbers, and some Gen5 workbooks add a constant
 * offset of whole days to every time cell (a time of day 17:46:19 stored as 2.7405); that offset is learned from the
 * header's time of day, which must be under one day.
 */
final class Gen5Times {
    private Gen5Times() {}

    private static final Pattern HMS = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern MS = Pattern.compile("(\\d+):(\\d{1,2}(?:\\.\\d+)?)");

    /** Seconds of a time text, or null when it is not one. */
    static Double parse(String text) {
        String s = text.strip();
        Matcher m = HMS.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0 + Double.parseDouble(m.group(3));
        }
        m = MS.matcher(s);
        if (m.matches()) return Integer.parseInt(m.group(1)) * 60.0 + Double.parseDouble(m.group(2));
        return null;
    }

    static boolean isTime(String text) { return parse(text) != null; }

    /** Seconds from an Excel day number with the file's whole-day offset removed. */
    static double fromDays(double days, double dayOffset) {
        return Math.round((days - dayOffset) * 86400.0 * 1000.0) / 1000.0;
    }
}
