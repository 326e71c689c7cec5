package org.cytobench.io.platereader.moleculardevices;

import org.cytobench.io.ImportException;

/** Kinetic time stamps as SoftMax Pro writes them: {@code 00:00:15}, {@code 0:15}, {@code 1:02:03}, or plain seconds. */
final class SoftMaxTimes {
    private SoftMaxTimes() {}

    static double seconds(String text, SoftMaxSection s, String where) throws ImportException {
        String t = text.strip();
        try {
            String[] parts = t.split(":", -1);
            if (parts.length == 1) return nonNegative(Double.parseDouble(t.replace(',', '.')));
            if (parts.length > 3) throw new NumberFormatException();
            double total = 0;
            for (String p : parts) {
                if (p.isEmpty()) throw new NumberFormatException();
                total = total * 60 + Double.parseDouble(p.replace(',', '.'));
            }
            return nonNegative(total);
        } catch (NumberFormatException e) {
            throw s.error(where, "expected a kinetic time such as 00:01:15 at the start of the line, found '" + t + "'");
        }
    }

    private static double nonNegative(double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new NumberFormatException();
        return v;
    }
}
