package org.cytobench.flow.fcs;

import java.nio.charset.StandardCharsets;

/** Builds a minimal FCS 3.0 file from a TEXT segment and DATA bytes, for tests of the parser's corner cases. */
final class SyntheticFcs {
    private SyntheticFcs() {}

    static byte[] build(String text, byte[] data) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        int ts = 58;
        int te = ts + t.length - 1;
        int ds = te + 1;
        int de = ds + data.length - 1;
        String header = String.format("FCS3.0    %8d%8d%8d%8d%8d%8d", ts, te, ds, de, 0, 0);
        byte[] out = new byte[58 + t.length + data.length];
        System.arraycopy(header.getBytes(StandardCharsets.US_ASCII), 0, out, 0, 58);
        System.arraycopy(t, 0, out, 58, t.length);
        System.arraycopy(data, 0, out, ds, data.length);
        return out;
    }
}
