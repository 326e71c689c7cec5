package org.cytobench.io;

import java.util.ArrayList;
import java.util.List;

/** Splitting delimited lines (tab, semicolon, comma) the way plate-reader exports write them: no escaping beyond quotes. */
public final class Delimiters {
    private Delimiters() {}

    /** The most likely field separator of these lines: tab if any line has one, else ';' or ',' by count. */
    public static char detect(List<String> lines) {
        int tabs = 0, semis = 0, commas = 0;
        for (String l : lines) {
            tabs += count(l, '\t');
            semis += count(l, ';');
            commas += count(l, ',');
        }
        if (tabs > 0 && tabs >= semis / 2) return '\t';
        if (semis > 0 && semis >= commas / 3) return ';';
        return commas > 0 ? ',' : '\t';
    }

    /** Splits a line on {@code sep}, honouring double quotes; keeps empty fields (trailing ones too). */
    public static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == sep && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
