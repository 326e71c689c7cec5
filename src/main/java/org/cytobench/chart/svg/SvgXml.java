package org.cytobench.chart.svg;

/**
 * Escapes text for XML 1.0 content and attribute values. Characters XML 1.0 cannot carry at all (controls other than
 * tab, line feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) are dropped, so a label typed with a stray
 * control character still gives a file every parser reads; they draw nothing in Java 2D either.
 */
final class SvgXml {
    private SvgXml() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        append(b, s);
        return b.toString();
    }

    static void append(StringBuilder b, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\t', '\n', '\r' -> b.append("&#").append((int) c).append(';'); // kept as such inside attributes
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                        b.append(c);
                    }
                }
            }
        }
    }
}
