package org.cytobench.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An export's name and bytes, as read from disk. Importers read from this (never from the path again) so that the bytes an
 * experiment embeds are exactly the bytes that were parsed.
 */
public final class SourceFile {
    private final String name;
    private final byte[] bytes;
    /** Memoised: the bytes never change, and caches keyed by a SourceFile would otherwise hash a 32 MB export per lookup. */
    // One field, as String does: a racy re-computation gives the same value, and 0 just means "compute again".
    private int hash;

    public SourceFile(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name);
        this.bytes = bytes.clone();
    }

    public static SourceFile read(java.nio.file.Path path) throws java.io.IOException {
        return new SourceFile(path.getFileName().toString(), java.nio.file.Files.readAllBytes(path));
    }

    public String name() { return name; }

    public byte[] bytes() { return bytes.clone(); }

    public int size() { return bytes.length; }

    /** The first {@code n} bytes (fewer if the file is shorter), for cheap sniffing. */
    public byte[] head(int n) { return Arrays.copyOf(bytes, Math.min(n, bytes.length)); }

    /** Lower-case file name extension without the dot, "" if none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the bytes start like a zip (xlsx) or an OLE2 compound document (xls). */
    public boolean isSpreadsheet() {
        return bytes.length >= 4 && ((bytes[0] == 'P' && bytes[1] == 'K')
                || (bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF && bytes[2] == 0x11 && bytes[3] == (byte) 0xE0));
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String sha256() {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (byte b : d) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two source files are equal when their names and bytes are (experiment files compare embedded exports this way). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile other && name.equals(other.name) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * name.hashCode() + Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() { return name + " (" + bytes.length + " bytes)"; }

    static String ascii(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }
}
