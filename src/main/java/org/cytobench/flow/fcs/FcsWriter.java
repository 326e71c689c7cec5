package org.cytobench.flow.fcs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytobench.flow.FlowEvents;

/**
 * Writes FCS 3.1 list-mode files (little-endian; $DATATYPE F, or I with 16 bits for values known to be whole numbers
 * 0–65535), for simulated data, benchmarks and exports. The TEXT segment uses "/" as delimiter and doubles any "/" in a
 * value; $BEGINDATA/$ENDDATA are written zero-padded so that the offsets can be fixed before the length is known.
 */
public final class FcsWriter {
    public enum DataType { FLOAT, INT16 }

    private FcsWriter() {}

    /**
     * @param markers  $PnS per parameter (null entries for none)
     * @param ranges   $PnR per parameter
     * @param keywords extra keywords (e.g. "WELL ID"), written after the required ones
     */
    public static byte[] write(FlowEvents events, List<String> markers, double[] ranges, Map<String, String> keywords, DataType type) {
        int par = events.parameterCount();
        int tot = events.count();
        int width = type == DataType.FLOAT ? 4 : 2;
        long dataBytes = (long) tot * par * width;
        Map<String, String> kw = new LinkedHashMap<>();
        kw.put("$BEGINANALYSIS", "0");
        kw.put("$ENDANALYSIS", "0");
        kw.put("$BEGINSTEXT", "0");
        kw.put("$ENDSTEXT", "0");
        kw.put("$BEGINDATA", "000000000000");
        kw.put("$ENDDATA", "000000000000");
        kw.put("$BYTEORD", "1,2,3,4");
        kw.put("$DATATYPE", type == DataType.FLOAT ? "F" : "I");
        kw.put("$MODE", "L");
        kw.put("$NEXTDATA", "0");
        kw.put("$PAR", Integer.toString(par));
        kw.put("$TOT", Integer.toString(tot));
        for (int p = 0; p < par; p++) {
            int n = p + 1;
            kw.put("$P" + n + "N", events.names().get(p));
            if (markers != null && markers.get(p) != null) kw.put("$P" + n + "S", markers.get(p));
            kw.put("$P" + n + "B", Integer.toString(width * 8));
            kw.put("$P" + n + "E", "0,0");
            kw.put("$P" + n + "R", num(ranges[p]));
        }
        kw.putAll(keywords);
        int textStart = 58;
        int textLength = text(kw).length;
        long dataStart = textStart + textLength;
        long dataEnd = dataStart + dataBytes - 1;
        kw.put("$BEGINDATA", String.format("%012d", dataStart));
        kw.put("$ENDDATA", String.format("%012d", dataEnd));
        byte[] text = text(kw);
        if (dataBytes > Integer.MAX_VALUE - dataStart) throw new IllegalArgumentException("too many events for one file");
        ByteBuffer out = ByteBuffer.allocate((int) (dataStart + dataBytes)).order(ByteOrder.LITTLE_ENDIAN);
        boolean fitsHeader = dataEnd <= 99_999_999;
        String header = String.format("FCS3.1    %8d%8d%8d%8d%8d%8d", textStart, textStart + text.length - 1,
                fitsHeader ? dataStart : 0, fitsHeader ? dataEnd : 0, 0, 0);
        out.put(header.getBytes(StandardCharsets.US_ASCII));
        out.put(text);
        double[][] cols = events.columns();
        for (int e = 0; e < tot; e++) {
            for (int p = 0; p < par; p++) {
                double v = cols[p][e];
                if (type == DataType.FLOAT) {
                    out.putFloat((float) v);
                } else {
                    if (v < 0 || v > 65535 || v != Math.rint(v)) {
                        throw new IllegalArgumentException("value " + v + " of " + events.names().get(p) + " is not a 16-bit whole number");
                    }
                    out.putShort((short) (int) v);
                }
            }
        }
        return out.array();
    }

    private static byte[] text(Map<String, String> kw) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write('/');
        for (Map.Entry<String, String> e : kw.entrySet()) {
            byte[] k = e.getKey().replace("/", "//").getBytes(StandardCharsets.UTF_8);
            byte[] v = e.getValue().replace("/", "//").getBytes(StandardCharsets.UTF_8);
            b.writeBytes(k);
            b.write('/');
            b.writeBytes(v);
            b.write('/');
        }
        return b.toByteArray();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
