package org.cytobench.chart;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The zlib stream (RFC 1950 around RFC 1951 deflate) of an image's PNG scanlines, every row with filter type None:
 * {@code 0, R, G, B, R, G, B, …}, working on the int pixels instead of the bytes. Decision 0012 says why it is written here.
 *
 * <p>Chart images are large flat areas with anti-aliased edges, so three kinds of match carry almost all the size, and
 * each is found by comparing whole pixels, never by hashing bytes:
 * <ul>
 *   <li>the same pixel as the one before (distance 3, lengths in whole pixels: 258 bytes = 86 pixels);
 *   <li>the same pixels as the row above (distance 3·width + 1, the filter bytes match too, so one such match runs on over
 *       identical rows), only while that distance fits the 32 KiB window;
 *   <li>at an edge, where both are short, the last earlier place (within the window) where the same two pixels started,
 *       from a small hash table: repeated glyphs, the same well outline in the next column.
 * </ul>
 * The longest is taken greedily (ties go to the cheapest distance), the rest are literals. Every {@link #BLOCK_SYMBOLS}
 * symbols become a dynamic Huffman block (codes limited to 15 bits, the code-length code to 7), or a stored block when
 * that is smaller (noise).
 */
final class ChartDeflater {
    static final int WINDOW = 32768;
    /** Symbols (literals and matches) per deflate block: large enough that the ~100-byte code tables do not matter. */
    static final int BLOCK_SYMBOLS = 1 << 17;
    private static final int MAX_MATCH = 258;
    private static final int MAX_PIXELS = MAX_MATCH / 3;
    /** Above this many pixels in a run or row-above match, the hash table is not asked. */
    private static final int GOOD_ENOUGH = 8;
    private static final int HASH_BITS = 14;
    /** A power of two above the most pixels the window can reach back (32768 / 3). */
    private static final int PREV_SIZE = 1 << 14;
    private static final int CHAIN = 16;
    private static final int NICE = 32;

    private static final int[] LEN_CODE = new int[MAX_MATCH + 1];
    private static final int[] LEN_BASE = new int[29];
    private static final int[] LEN_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    private static final byte[] DIST_CODE = new byte[WINDOW + 1];
    private static final int[] DIST_BASE = new int[30];
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
        12, 13, 13};
    /** The order in which the code-length code's lengths are sent (RFC 1951, 3.2.7). */
    private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    static {
        int len = 3;
        for (int code = 0; code < 28; code++) {
            LEN_BASE[code] = len;
            for (int i = 0; i < 1 << LEN_EXTRA[code]; i++) LEN_CODE[len++] = 257 + code;
        }
        LEN_BASE[28] = 258;
        LEN_CODE[258] = 285; // 258 has a code of its own, not 284 with all five extra bits set
        int dist = 1;
        for (int code = 0; code < 30; code++) {
            DIST_BASE[code] = dist;
            for (int i = 0; i < 1 << DIST_EXTRA[code]; i++) DIST_CODE[dist++] = (byte) code;
        }
    }

    private final int[] px;
    private final int base;
    private final int stride;
    private final int w;
    private final int h;
    private final int rowBytes;
    private final boolean rowAbove;

    /** The open block's symbols: a literal byte (below 256) or length << 16 | distance. */
    private final int[] syms;
    private int nsyms;
    private final int[] litFreq = new int[286];
    private final int[] distFreq = new int[30];
    /** Uncompressed bytes coded so far, and where the open block began (for a stored block). */
    private long pos;
    private long blockStart;

    /** Pixel index y·w + x of the latest pixel with each hash of two pixels, −1 if none, and the one before it. */
    private final int[] head = new int[1 << HASH_BITS];
    private final int[] prev = new int[PREV_SIZE];

    private byte[] out;
    private int n;
    private long bitBuf;
    private int bitCount;

    /**
     * Pixel (x, y) is {@code px[base + y * stride + x]}, RGB in the low 24 bits. The top byte is not written but is
     * compared: pixels that differ only there are not matched (correct, only larger), so it should be constant.
     */
    private ChartDeflater(int[] px, int base, int stride, int w, int h) {
        this.px = px;
        this.base = base;
        this.stride = stride;
        this.w = w;
        this.h = h;
        this.rowBytes = 3 * w + 1;
        this.rowAbove = rowBytes <= WINDOW;
        this.out = new byte[Math.max(1024, w * h / 16)];
        this.syms = new int[(int) Math.min(BLOCK_SYMBOLS, (long) rowBytes * h)]; // a symbol covers at least one byte
        Arrays.fill(head, -1);
    }

    /** The zlib stream of the image's scanlines (filter None), Adler-32 included. */
    static byte[] deflate(int[] px, int base, int stride, int w, int h) {
        if (w < 1 || h < 1) throw new IllegalArgumentException("empty image: " + w + " × " + h);
        if ((3L * w + 1) * h > Integer.MAX_VALUE) { // positions are ints
            throw new IllegalArgumentException("image too large for one PNG: " + w + " × " + h);
        }
        ChartDeflater d = new ChartDeflater(px, base, stride, w, h);
        d.run();
        return Arrays.copyOf(d.out, d.n);
    }

    private int pixel(int x, int y) {
        return px[base + y * stride + x];
    }

    private void run() {
        putByte(0x78); // CM 8, 32 KiB window
        putByte(0x9C); // no dictionary, check bits: 0x789C % 31 == 0
        int y = 0;
        int x = -1; // -1: the row's filter byte
        while (y < h) {
            if (x == w) { // end of row
                y++;
                x = -1;
                continue;
            }
            int row = base + y * stride;
            if (x == -1) {
                int up = rowAbove && y > 0 ? upWalk(-1, y) : 0;
                if (up >= 4) {
                    match(up, rowBytes);
                    y = upY;
                    x = upX;
                } else {
                    literal(0);
                    x = 0;
                }
                continue;
            }
            // same pixel as before: distance 3 (at most one deflate match long: the next match is decided afresh)
            int run = 0;
            if (x > 0) run = equalPixels(row + x, row + x - 1, Math.min(w - x, MAX_PIXELS)); // each as the one before
            int runBytes = 3 * run;
            // the row above: distance 3w + 1
            // (not asked when the run is already a longest match: a tie would go to the run)
            int up = run < MAX_PIXELS && rowAbove && y > 0 && px[row + x] == px[row - stride + x] ? upWalk(x, y) : 0;
            if (Math.max(runBytes, up) >= 3 * GOOD_ENOUGH) {
                if (runBytes >= up) { // a tie goes to distance 3: its code is a few bits, the row above's 9 to 13 more
                    match(runBytes, 3);
                    x += run;
                } else {
                    match(up, rowBytes);
                    y = upY;
                    x = upX;
                }
                continue;
            }
            // short or none: ask the table for the earlier places (within the window) where these two pixels began
            int hashLen = 0;
            int hashDist = 0;
            if (x + 1 < w) {
                int pi = y * w + x;
                int here = y * rowBytes + 1 + 3 * x;
                int slot = hash(px[row + x], px[row + x + 1]);
                int cand = head[slot];
                int limitHere = Math.min(w - x, MAX_PIXELS);
                for (int depth = 0; depth < CHAIN && cand >= 0; depth++) {
                    int cy = cand / w;
                    int cx = cand - cy * w;
                    int dist = here - (cy * rowBytes + 1 + 3 * cx);
                    if (dist > WINDOW) break;
                    int crow = base + cy * stride + cx;
                    int limit = Math.min(limitHere, w - cx);
                    if (limit > hashLen && px[crow + hashLen] == px[row + x + hashLen]) {
                        int len = 0;
                        while (len < limit && px[crow + len] == px[row + x + len]) len++;
                        if (len > hashLen) {
                            hashLen = len;
                            hashDist = dist;
                            if (len >= NICE) break;
                        }
                    }
                    int next = prev[cand & (PREV_SIZE - 1)];
                    if (next >= cand) break;
                    cand = next;
                }
                prev[pi & (PREV_SIZE - 1)] = head[slot];
                head[slot] = pi;
            }
            int hashBytes = 3 * hashLen;
            if (hashLen >= 2 && hashBytes > runBytes && hashBytes > up) {
                match(hashBytes, hashDist);
                x += hashLen;
                continue;
            }
            if (run >= 1 && runBytes >= up) {
                match(runBytes, 3);
                x += run;
                continue;
            }
            if (up >= 6) {
                match(up, rowBytes);
                y = upY;
                x = upX;
                continue;
            }
            int p = px[row + x];
            literal((p >>> 16) & 0xFF);
            literal((p >>> 8) & 0xFF);
            literal(p & 0xFF);
            x++;
        }
        flushBlock(true);
        alignToByte();
        int adler = adler32();
        putByte(adler >>> 24);
        putByte(adler >>> 16);
        putByte(adler >>> 8);
        putByte(adler);
    }

    /** Where the last {@link #upWalk} ended: the next pixel to code is (upX, upY); upX = w is the end of a row. */
    private int upX;
    private int upY;

    /**
     * Bytes from pixel (x, y) (x = −1: from the row's filter byte), y ≥ 1, that equal the row above, at most one deflate
     * match long and ending on a pixel or filter byte boundary; a match may run on into the next row, since the filter
     * bytes between rows are equal (both 0). Sets {@link #upX}, {@link #upY}.
     */
    private int upWalk(int x, int y) {
        int bytes = 0;
        if (x == -1) {
            bytes = 1;
            x = 0;
        }
        int row = base + y * stride;
        while (true) {
            if (x == w) {
                if (y + 1 == h || bytes + 1 > MAX_MATCH) break;
                bytes++; // the next row's filter byte
                y++;
                x = 0;
                row += stride;
                continue;
            }
            int limit = Math.min(w - x, (MAX_MATCH - bytes) / 3);
            int same = equalPixels(row + x, row - stride + x, limit);
            bytes += 3 * same;
            x += same;
            if (same < limit || x < w) break; // a differing pixel, or the match is full
        }
        upX = x;
        upY = y;
        return bytes;
    }

    /** How many of the {@code limit} pixels from index a equal those from index b (vectorised by the JDK). */
    private int equalPixels(int a, int b, int limit) {
        int i = Arrays.mismatch(px, a, a + limit, px, b, b + limit);
        return i < 0 ? limit : i;
    }

    private static int hash(int a, int b) {
        return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) * 0xC2B2AE35 >>> (32 - HASH_BITS);
    }

    /** A match of 3 to 258 bytes at {@code dist}. */
    private void match(int len, int dist) {
        syms[nsyms++] = len << 16 | dist;
        litFreq[LEN_CODE[len]]++;
        distFreq[DIST_CODE[dist]]++;
        pos += len;
        if (nsyms >= BLOCK_SYMBOLS) flushBlock(false);
    }

    private void literal(int b) {
        syms[nsyms++] = b;
        litFreq[b]++;
        pos++;
        if (nsyms >= BLOCK_SYMBOLS) flushBlock(false);
    }

    // ---- blocks ----

    private void flushBlock(boolean last) {
        litFreq[256]++; // end of block
        byte[] litLen = Huffman.lengths(litFreq, 15);
        byte[] distLen = Huffman.lengths(distFreq, 15);
        int hlit = 286;
        while (hlit > 257 && litLen[hlit - 1] == 0) hlit--;
        int hdist = 30;
        while (hdist > 1 && distLen[hdist - 1] == 0) hdist--;
        // the two code-length lists as one, run-length coded with 16/17/18
        byte[] all = new byte[hlit + hdist];
        System.arraycopy(litLen, 0, all, 0, hlit);
        System.arraycopy(distLen, 0, all, hlit, hdist);
        int[] rle = new int[all.length]; // symbol | extra value << 8
        int nrle = 0;
        int[] clFreq = new int[19];
        for (int i = 0; i < all.length;) {
            int v = all[i];
            int r = 1;
            while (i + r < all.length && all[i + r] == v) r++;
            int left = r;
            if (v == 0) {
                while (left >= 11) { // 18: 11 to 138 zeros
                    int k = Math.min(left, 138);
                    rle[nrle++] = 18 | (k - 11) << 8;
                    clFreq[18]++;
                    left -= k;
                }
                if (left >= 3) { // 17: 3 to 10 zeros
                    rle[nrle++] = 17 | (left - 3) << 8;
                    clFreq[17]++;
                    left = 0;
                }
            } else if (left >= 4) {
                rle[nrle++] = v;
                clFreq[v]++;
                left--;
                while (left >= 3) { // 16: the previous length 3 to 6 times more
                    int k = Math.min(left, 6);
                    rle[nrle++] = 16 | (k - 3) << 8;
                    clFreq[16]++;
                    left -= k;
                }
            }
            for (; left > 0; left--) {
                rle[nrle++] = v;
                clFreq[v]++;
            }
            i += r;
        }
        byte[] clLen = Huffman.lengths(clFreq, 7);
        int hclen = 19;
        while (hclen > 4 && clLen[CL_ORDER[hclen - 1]] == 0) hclen--;

        long bits = 3 + 5 + 5 + 4 + 3L * hclen;
        for (int i = 0; i < nrle; i++) {
            int s = rle[i] & 0xFF;
            bits += clLen[s] + (s == 16 ? 2 : s == 17 ? 3 : s == 18 ? 7 : 0);
        }
        for (int i = 0; i < 286; i++) bits += (long) litFreq[i] * (litLen[i] + (i > 256 ? LEN_EXTRA[i - 257] : 0));
        for (int i = 0; i < 30; i++) bits += (long) distFreq[i] * (distLen[i] + DIST_EXTRA[i]);
        long raw = pos - blockStart;
        long storedBits = 3 + 7 + 8 * (raw + 4 * ((raw + 65534) / 65535) + 1); // header, padding, LEN/NLEN per block

        if (storedBits < bits) {
            writeStored(blockStart, raw, last);
        } else {
            putBits(last ? 1 : 0, 1);
            putBits(2, 2); // dynamic Huffman
            putBits(hlit - 257, 5);
            putBits(hdist - 1, 5);
            putBits(hclen - 4, 4);
            for (int i = 0; i < hclen; i++) putBits(clLen[CL_ORDER[i]], 3);
            int[] clCode = Huffman.codes(clLen);
            for (int i = 0; i < nrle; i++) {
                int s = rle[i] & 0xFF;
                putBits(clCode[s], clLen[s]);
                if (s == 16) putBits(rle[i] >>> 8, 2);
                else if (s == 17) putBits(rle[i] >>> 8, 3);
                else if (s == 18) putBits(rle[i] >>> 8, 7);
            }
            writeSymbols(Huffman.codes(litLen), litLen, Huffman.codes(distLen), distLen);
        }
        nsyms = 0;
        Arrays.fill(litFreq, 0);
        Arrays.fill(distFreq, 0);
        blockStart = pos;
    }

    /**
     * The block's symbols with its codes. A match's length code, extra bits, distance code and extra bits (at most
     * 15 + 5 + 15 + 13 bits) go in as one value; after every symbol the bit buffer's eight bytes are stored whole and the
     * write position moves on by the complete bytes among them, so there is no branch on a full buffer (taken about every
     * third symbol, and unpredictably) and the buffer never holds more than 7 + 48 bits. Same bits, same bytes as writing
     * them one code at a time; a tenth less time for the whole image.
     */
    private void writeSymbols(int[] litCode, byte[] litLen, int[] distCode, byte[] distLen) {
        ensure(7 * nsyms + 16); // a symbol is at most 48 bits; 8 bytes are stored at the last position
        // each length's code with its extra bits, and their bit count, for this block's code
        int[] lenValue = new int[MAX_MATCH + 1];
        int[] lenBits = new int[MAX_MATCH + 1];
        for (int len = 3; len <= MAX_MATCH; len++) {
            int lc = LEN_CODE[len] - 257;
            int ll = litLen[lc + 257];
            lenValue[len] = litCode[lc + 257] | (len - LEN_BASE[lc]) << ll;
            lenBits[len] = ll + LEN_EXTRA[lc];
        }
        byte[] o = out;
        int k = n;
        long bits = bitBuf;
        int count = bitCount;
        // what the buffer held before (fewer than 32 bits) goes out first
        LONG_LE.set(o, k, bits);
        k += count >>> 3;
        bits >>>= count & ~7;
        count &= 7;
        int[] sy = syms;
        for (int i = 0, end = nsyms; i < end; i++) {
            int s = sy[i];
            if (s < 256) {
                bits |= (long) litCode[s] << count;
                count += litLen[s];
            } else {
                int len = s >>> 16;
                int dist = s & 0xFFFF;
                int dc = DIST_CODE[dist];
                int dl = distLen[dc];
                long d = distCode[dc] | (long) (dist - DIST_BASE[dc]) << dl;
                int lb = lenBits[len];
                bits |= (lenValue[len] | d << lb) << count;
                count += lb + dl + DIST_EXTRA[dc];
            }
            LONG_LE.set(o, k, bits);
            k += count >>> 3;
            bits >>>= count & ~7;
            count &= 7;
        }
        n = k;
        bitBuf = bits;
        bitCount = count;
        putBits(litCode[256], litLen[256]);
    }

    /** Eight bytes of a long, least significant first, stored at any index of a byte array. */
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The uncompressed bytes [start, start + len) as stored blocks of at most 65 535 bytes, regenerated from the pixels. */
    private void writeStored(long start, long len, boolean last) {
        long end = start + len;
        do {
            int k = (int) Math.min(65535, end - start);
            boolean final_ = last && start + k == end;
            putBits(final_ ? 1 : 0, 1);
            putBits(0, 2);
            alignToByte();
            putByte(k);
            putByte(k >>> 8);
            putByte(~k);
            putByte(~k >>> 8);
            ensure(k);
            int y = (int) (start / rowBytes);
            int i = (int) (start % rowBytes);
            for (int j = 0; j < k; j++) {
                if (i == rowBytes) { y++; i = 0; }
                int b;
                if (i == 0) {
                    b = 0;
                } else {
                    int p = pixel((i - 1) / 3, y);
                    b = p >>> (8 * (2 - (i - 1) % 3));
                }
                out[n++] = (byte) b;
                i++;
            }
            start += k;
        } while (start < end);
    }

    /**
     * Adler-32 of the scanlines, from the pixels, one run of equal pixels at a time (charts are mostly runs). Per row of
     * n = 3w + 1 bytes starting with s1, s2: s1 grows by A = Σ (r + g + b), and s2 by n·s1 + Σ over bytes of
     * value × (bytes after it + 1), which for pixel x is (n − 1 − 3x)(r + g + b) − g − 2b.
     */
    private int adler32() {
        long s1 = 1;
        long s2 = 0;
        long sum = 0; // Σ (r + g + b)
        long weighted = 0; // Σ x (r + g + b)
        long gb = 0; // Σ (g + 2b)
        for (int y = 0; y < h; y++) {
            int row = base + y * stride;
            if (y > 0 && equalPixels(row, row - stride, w) == w) { // the row above's sums again
                s2 = (s2 + rowBytes * s1 + (rowBytes - 1) * sum - 3 * weighted - gb) % 65521;
                s1 = (s1 + sum) % 65521;
                continue;
            }
            sum = 0;
            weighted = 0;
            gb = 0;
            for (int x = 0; x < w;) {
                int p = px[row + x];
                int e = x + 1;
                if (e < w && px[row + e] == p) e += 1 + equalPixels(row + e + 1, row + e, w - e - 1); // a run
                long k = e - x;
                int g = (p >>> 8) & 0xFF;
                int b = p & 0xFF;
                int s = ((p >>> 16) & 0xFF) + g + b;
                sum += k * s;
                weighted += s * (k * x + k * (k - 1) / 2);
                gb += k * (g + 2 * b);
                x = e;
            }
            s2 = (s2 + rowBytes * s1 + (rowBytes - 1) * sum - 3 * weighted - gb) % 65521;
            s1 = (s1 + sum) % 65521;
        }
        return (int) (s2 << 16 | s1);
    }

    // ---- bits ----

    private void putBits(int value, int count) {
        bitBuf |= (long) (value & ((1 << count) - 1)) << bitCount;
        bitCount += count;
        if (bitCount >= 32) {
            ensure(4);
            out[n] = (byte) bitBuf;
            out[n + 1] = (byte) (bitBuf >>> 8);
            out[n + 2] = (byte) (bitBuf >>> 16);
            out[n + 3] = (byte) (bitBuf >>> 24);
            n += 4;
            bitBuf >>>= 32;
            bitCount -= 32;
        }
    }

    private void alignToByte() {
        while (bitCount > 0) {
            ensure(1);
            out[n++] = (byte) bitBuf;
            bitBuf >>>= 8;
            bitCount = Math.max(0, bitCount - 8);
        }
        bitBuf = 0;
    }

    private void putByte(int b) {
        ensure(1);
        out[n++] = (byte) b;
    }

    private void ensure(int k) {
        if (n + k > out.length) out = Arrays.copyOf(out, Math.max(n + k, out.length * 2));
    }

    /** Length-limited canonical Huffman codes for deflate. */
    static final class Huffman {
        private Huffman() {}

        /**
         * Code lengths for {@code freq}, none longer than {@code maxBits}; at least two symbols get a code (a lone used symbol
         * gets a partner), as zlib does, so that every code is complete. Too long codes are avoided by halving the
         * frequencies and building again: rarely needed, and then costs a fraction of a percent.
         */
        static byte[] lengths(int[] freq, int maxBits) {
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
                byte[] len = build(f);
                int max = 0;
                for (byte b : len) max = Math.max(max, b);
                if (max <= maxBits) return len;
                for (int i = 0; i < m; i++) if (f[i] > 0) f[i] = (f[i] + 1) >> 1;
            }
        }

        private static final int SYMBOL_BITS = 9;

        /** Plain Huffman code lengths (two-queue construction over the symbols sorted by frequency). */
        private static byte[] build(long[] f) {
            int m = f.length;
            // the used symbols by frequency, ties by symbol: sorted as primitive keys f·2⁹ + symbol (an alphabet has at
            // most 288 symbols, a block far fewer than 2⁵⁴ of them), the order the comparator (f, symbol) gave without
            // boxing, and without TimSort on Integer[], which C2 kept recompiling when other code sorted other arrays
            long[] keys = new long[m];
            int k = 0;
            for (int i = 0; i < m; i++) if (f[i] > 0) keys[k++] = f[i] << SYMBOL_BITS | i;
            Arrays.sort(keys, 0, k);
            int[] leaves = new int[k];
            for (int i = 0; i < k; i++) leaves[i] = (int) (keys[i] & (1 << SYMBOL_BITS) - 1);
            // nodes 0..k-1 are leaves (sorted), k..2k-2 internal, created in nondecreasing weight
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
            return len;
        }

        /** Canonical codes (RFC 1951, 3.2.2), bit-reversed because deflate sends them from the most significant bit. */
        static int[] codes(byte[] len) {
            int[] count = new int[16];
            for (byte l : len) count[l]++;
            count[0] = 0;
            int[] next = new int[16];
            int code = 0;
            for (int bits = 1; bits < 16; bits++) {
                code = (code + count[bits - 1]) << 1;
                next[bits] = code;
            }
            int[] codes = new int[len.length];
            for (int i = 0; i < len.length; i++) {
                if (len[i] != 0) codes[i] = Integer.reverse(next[len[i]]++) >>> (32 - len[i]);
            }
            return codes;
        }
    }
}
