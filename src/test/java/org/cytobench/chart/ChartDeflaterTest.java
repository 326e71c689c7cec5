package org.cytobench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class ChartDeflaterTest {

    /** Kraft sum Σ 2^−len over the used symbols, times 2^15: exactly 2^15 for a complete prefix code. */
    private static long kraft(byte[] len) {
        long sum = 0;
        for (byte l : len) if (l > 0) sum += 1L << (15 - l);
        return sum;
    }

    @Test
    void huffmanCodesAreCompleteAndLengthLimitedEvenForFibonacciFrequencies() {
        // Fibonacci frequencies give the deepest Huffman tree: 30 symbols would need 29 bits unlimited
        int[] fib = new int[30];
        fib[0] = 1;
        fib[1] = 1;
        for (int i = 2; i < fib.length; i++) fib[i] = fib[i - 1] + fib[i - 2];
        for (int limit : new int[] {15, 7}) {
            byte[] len = ChartDeflater.Huffman.lengths(fib, limit);
            int max = 0;
            for (byte l : len) max = Math.max(max, l);
            assertTrue(max <= limit, "longest code " + max + " bits, limit " + limit);
            assertEquals(1L << 15, kraft(len), "complete code");
            assertTrue(len[29] <= len[0], "a more frequent symbol never gets a longer code");
        }
        // unlimited case: plain Huffman, 1 + 2 + … bits for the doubling frequencies 1, 1, 2, 4, 8
        byte[] len = ChartDeflater.Huffman.lengths(new int[] {1, 1, 2, 4, 8}, 15);
        assertEquals("[4, 4, 3, 2, 1]", Arrays.toString(len));
    }

    @Test
    void codeLengthsAreTheComparatorSortsWithTiesByManyEqualFrequencies() {
        // the leaves are sorted as primitive keys (frequency, symbol); the lengths must be the ones the boxed comparator
        // sort gave (the PNG bytes depend on them): random and tie-heavy frequencies over the three alphabets' sizes
        java.util.Random r = new java.util.Random(14);
        for (int trial = 0; trial < 3000; trial++) {
            int m = new int[] {286, 30, 19}[trial % 3];
            int[] f = new int[m];
            int spread = trial % 4 == 0 ? 3 : trial % 4 == 1 ? 50 : 100_000;
            for (int i = 0; i < m; i++) f[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(spread);
            int limit = m == 19 ? 7 : 15;   // deflate's limits: 7 bits for the code-length alphabet, 15 for the others
            assertEquals(Arrays.toString(referenceLengths(f, limit)), Arrays.toString(ChartDeflater.Huffman.lengths(f, limit)),
                    "trial " + trial);
        }
    }

    /** The code lengths as ChartDeflater made them before (Integer leaves sorted by a comparator), for the test above. */
    private static byte[] referenceLengths(int[] freq, int maxBits) {
        int m = freq.length;
        long[] f = new long[m];
        int used = 0;
        for (int i = 0; i < m; i++) {
            f[i] = freq[i];
            if (f[i] > 0) used++;
        }
        for (int i = 0; used < 2; i++) {
            if (f[i] == 0) { f[i] = 1; used++; }
        }
        while (true) {
            Integer[] order = new Integer[m];
            int k = 0;
            for (int i = 0; i < m; i++) if (f[i] > 0) order[k++] = i;
            Integer[] leaves = Arrays.copyOf(order, k);
            long[] ff = f;
            Arrays.sort(leaves, (a, b) -> ff[a] != ff[b] ? Long.compare(ff[a], ff[b]) : Integer.compare(a, b));
            long[] weight = new long[2 * k - 1];
            int[] parent = new int[2 * k - 1];
            for (int i = 0; i < k; i++) weight[i] = f[leaves[i]];
            int nextLeaf = 0;
            int nextInner = k;
            for (int made = k; made < 2 * k - 1; made++) {
                int[] two = new int[2];
                for (int t = 0; t < 2; t++) {
                    boolean leaf = nextLeaf < k && (nextInner >= made || weight[nextLeaf] <= weight[nextInner]);
                    two[t] = leaf ? nextLeaf++ : nextInner++;
                }
                weight[made] = weight[two[0]] + weight[two[1]];
                parent[two[0]] = made;
                parent[two[1]] = made;
            }
            int[] depth = new int[2 * k - 1];
            for (int i = 2 * k - 3; i >= 0; i--) depth[i] = depth[parent[i]] + 1;
            byte[] len = new byte[m];
            for (int i = 0; i < k; i++) len[leaves[i]] = (byte) depth[i];
            int max = 0;
            for (byte b : len) max = Math.max(max, b);
            if (max <= maxBits) return len;
            for (int i = 0; i < m; i++) if (f[i] > 0) f[i] = (f[i] + 1) >> 1;
        }
    }

    @Test
    void aLoneSymbolGetsAPartnerSoThatTheCodeIsComplete() {
        byte[] len = ChartDeflater.Huffman.lengths(new int[] {0, 0, 5, 0}, 15);
        assertEquals(1L << 15, kraft(len));
        assertEquals(1, len[2]);
        byte[] none = ChartDeflater.Huffman.lengths(new int[30], 15);
        assertEquals(1L << 15, kraft(none), "no distances used: still two one-bit codes");
    }

    @Test
    void canonicalCodesFollowRfc1951Example() {
        // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give codes 010 011 100 101 110 00 1110 1111 (sent reversed)
        int[] codes = ChartDeflater.Huffman.codes(new byte[] {3, 3, 3, 3, 3, 2, 4, 4});
        int[] expected = {0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111};
        int[] lengths = {3, 3, 3, 3, 3, 2, 4, 4};
        for (int i = 0; i < codes.length; i++) {
            assertEquals(Integer.reverse(expected[i]) >>> (32 - lengths[i]), codes[i], "symbol " + i);
        }
    }

    @Test
    void deflatesAStridedRegionOfALargerArray() throws Exception {
        // a 5 × 3 window at (2, 1) of a 9-wide array: rows 9 apart, the pixels outside must not leak in
        int[] px = new int[9 * 5];
        Arrays.fill(px, 0xABCDEF);
        int base = 9 + 2;
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) px[base + 9 * y + x] = (x == 2 && y == 1) ? 0x102030 : 0xFFFFFF;
        }
        byte[] z = ChartDeflater.deflate(px, base, 9, 5, 3);
        Inflater inf = new Inflater();
        inf.setInput(z);
        byte[] out = new byte[100];
        int n = inf.inflate(out);
        assertTrue(inf.finished());
        inf.end();
        byte[] expected = new byte[3 * 16];
        Arrays.fill(expected, (byte) 0xFF);
        for (int y = 0; y < 3; y++) expected[16 * y] = 0;
        expected[16 + 1 + 6] = 0x10;
        expected[16 + 1 + 7] = 0x20;
        expected[16 + 1 + 8] = 0x30;
        assertEquals(Arrays.toString(expected), Arrays.toString(Arrays.copyOf(out, n)));
    }

    /** Inflates with java.util.zip (which checks the Adler-32) and compares with the scanlines of the pixels. */
    private static void assertInflatesTo(byte[] z, int[] px, int base, int stride, int w, int h, String what)
            throws Exception {
        byte[] expected = new byte[(3 * w + 1) * h];
        int i = 0;
        for (int y = 0; y < h; y++) {
            expected[i++] = 0;
            for (int x = 0; x < w; x++) {
                int p = px[base + y * stride + x];
                expected[i++] = (byte) (p >> 16);
                expected[i++] = (byte) (p >> 8);
                expected[i++] = (byte) p;
            }
        }
        Inflater inf = new Inflater();
        try {
            inf.setInput(z);
            byte[] out = new byte[expected.length + 16];
            int n = 0;
            while (!inf.finished() && n < out.length) {
                int k = inf.inflate(out, n, out.length - n);
                if (k == 0 && !inf.finished()) break;
                n += k;
            }
            assertTrue(inf.finished(), what + ": stream complete");
            assertEquals(0, inf.getRemaining(), what + ": nothing after it");
            assertEquals(expected.length, n, what + ": length");
            assertTrue(Arrays.equals(expected, 0, n, out, 0, n), what + ": bytes");
        } finally {
            inf.end();
        }
    }

    @Test
    void seededRandomChartLikeImagesInflateToTheirScanlines() throws Exception {
        // flat fills, rectangles from a small palette, noise patches, rows and pixel spans copied from earlier places:
        // every kind of match, runs ending at row ends and at the 258-byte cap, several blocks for the larger ones
        java.util.Random rnd = new java.util.Random(20261201);
        int[] palette = {0xFFFFFF, 0x000000, 0x0072B2, 0xE69F00, 0x777777, 0x440154};
        for (int img = 0; img < 300; img++) {
            int w = 1 + rnd.nextInt(img % 10 == 0 ? 700 : 90);
            int h = 1 + rnd.nextInt(img % 10 == 0 ? 400 : 90);
            int stride = w + rnd.nextInt(3);
            int base = rnd.nextInt(5);
            int[] px = new int[base + stride * h + 2];
            Arrays.fill(px, palette[rnd.nextInt(palette.length)]);
            for (int r = rnd.nextInt(12); r > 0; r--) {
                int x0 = rnd.nextInt(w), y0 = rnd.nextInt(h), x1 = x0 + rnd.nextInt(w - x0 + 1), y1 = y0 + rnd.nextInt(h - y0 + 1);
                boolean noise = rnd.nextInt(4) == 0;
                int c = palette[rnd.nextInt(palette.length)];
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) px[base + y * stride + x] = noise ? rnd.nextInt(1 << 24) : c;
                }
            }
            for (int k = rnd.nextInt(20); k > 0 && w > 1; k--) { // a span copied from somewhere earlier
                int y = rnd.nextInt(h), x = rnd.nextInt(w), len = 1 + rnd.nextInt(w - x);
                int sy = rnd.nextInt(y + 1), sx = rnd.nextInt(w - len + 1);
                System.arraycopy(px, base + sy * stride + sx, px, base + y * stride + x, len);
            }
            byte[] z = ChartDeflater.deflate(px, base, stride, w, h);
            assertInflatesTo(z, px, base, stride, w, h, "image " + img + " (" + w + " × " + h + ")");
        }
    }

    @Test
    void refusesAnEmptyImage() {
        assertThrows(IllegalArgumentException.class, () -> ChartDeflater.deflate(new int[0], 0, 0, 0, 0));
    }
}
