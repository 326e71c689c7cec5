package org.cytobench.flow.fcs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses an FCS TEXT segment: the first byte is the delimiter, keywords and values alternate between delimiters, and a
 * doubled delimiter inside a keyword or value stands for one literal delimiter (FCS 3.1, 3.2.9). Keywords are returned
 * upper-cased because they are case-insensitive. Text is read as UTF-8 (FCS 3.1) and, where that is not valid, as
 * Latin-1 (older instruments write their own code page; Latin-1 never fails and keeps every byte).
 */
final class FcsText {
    private FcsText() {}

    static Map<String, String> parse(ByteBuffer text, String file) throws FlowFileException {
        int n = text.remaining();
        if (n < 2) throw new FlowFileException(file, "the TEXT segment is empty");
        int base = text.position();
        byte delim = text.get(base);
        Map<String, String> out = new LinkedHashMap<>();
        java.io.ByteArrayOutputStream token = new java.io.ByteArrayOutputStream(64);
        String key = null;
        int i = 1;
        while (i < n) {
            byte b = text.get(base + i);
            if (b == delim) {
                if (i + 1 < n && text.get(base + i + 1) == delim) {
                    token.write(b);       // escaped delimiter: one literal delimiter
                    i += 2;
                    continue;
                }
                key = emit(out, key, token);
                i++;
                continue;
            }
            token.write(b);
            i++;
        }
        if (token.size() > 0) key = emit(out, key, token); // a last value without a closing delimiter
        // A keyword left without a value at the very end is dropped: instruments that write empty values make the pairs
        // ambiguous (an empty value looks like an escaped delimiter), and the standard keywords come first.
        return out;
    }

    private static String emit(Map<String, String> out, String key, java.io.ByteArrayOutputStream token) {
        String s = decode(token.toByteArray());
        token.reset();
        if (key == null) return s;
        out.putIfAbsent(key.trim().toUpperCase(Locale.ROOT), s);
        return null;
    }

    static String decode(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = utf8.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
