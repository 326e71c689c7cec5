package org.cytobench.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an export's bytes into text the way the instruments' own software would: a BOM decides (UTF-8, UTF-16LE/BE);
 * without one, UTF-16 is recognised by its zero bytes, valid UTF-8 is taken as UTF-8, and anything else is windows-1252
 * (a superset of Latin-1 that SoftMax Pro and Excel on Windows write). Line endings CRLF, LF and lone CR are all accepted.
 */
public final class TextDecoder {
    private TextDecoder() {}

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /** The detected character set of the bytes. */
    public static Charset detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        int n = Math.min(b.length, 4096);
        int zeroOdd = 0, zeroEven = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 1) zeroOdd++; else zeroEven++;
            }
        }
        if (n >= 4 && zeroOdd > n / 4) return StandardCharsets.UTF_16LE;
        if (n >= 4 && zeroEven > n / 4) return StandardCharsets.UTF_16BE;
        if (isValidUtf8(b)) return StandardCharsets.UTF_8;
        return Charset.forName("windows-1252");
    }

    /** The whole text, BOM removed. */
    public static String decode(byte[] b) {
        Charset cs = detect(b);
        String s = new String(b, cs);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        return s;
    }

    public static String decode(SourceFile f) {
        return decode(f.bytes());
    }

    /** The text's lines, without line terminators; a final line break does not make an extra empty line. */
    public static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String[] parts = LINE_BREAK.split(text, -1);
        int len = parts.length;
        if (len > 0 && parts[len - 1].isEmpty()) len--;
        return List.of(parts).subList(0, len);
    }

    public static List<String> lines(SourceFile f) {
        return lines(decode(f));
    }

    /** The first lines of the file decoded from at most {@code maxBytes}, for cheap sniffing. */
    public static List<String> headLines(SourceFile f, int maxBytes, int maxLines) {
        byte[] head = f.head(maxBytes);
        String s = new String(head, detect(head));
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        List<String> l = lines(s);
        return l.subList(0, Math.min(maxLines, l.size()));
    }

    /** True when the bytes are not text: more than 1 % control characters, unless they are UTF-16. */
    public static boolean looksBinary(byte[] head) {
        if (detect(head).name().startsWith("UTF-16")) return false;
        int control = 0;
        for (byte b : head) {
            if (b == 0 || ((b & 0xFF) < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f')) control++;
        }
        return control > head.length / 100 + 1;
    }

    private static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
