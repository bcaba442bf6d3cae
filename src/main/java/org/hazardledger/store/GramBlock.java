package org.hazardledger.store;

/**
 * The rows of one block (4,096 row numbers) that hold one gram: kept as a 512-byte bitmap, or, while
 * fewer than {@value #MAX_LISTED} rows hold it, as their offsets in two bytes each (sorted), which
 * is shorter. The length tells which.
 */
final class GramBlock {

    static final int SHIFT = 12;
    static final int SIZE = 1 << SHIFT;
    static final int WORDS = SIZE / 64;
    static final int BITMAP_BYTES = SIZE / 8;
    static final int MAX_LISTED = 255;

    private GramBlock() {
    }

    static int blockOf(long rowNo) {
        return (int) (rowNo >>> SHIFT);
    }

    static int offsetOf(long rowNo) {
        return (int) (rowNo & (SIZE - 1));
    }

    /** The rows of {@code bytes} as bits, ORed into {@code words}. */
    static void decodeInto(byte[] bytes, long[] words) {
        if (bytes.length == BITMAP_BYTES) {
            for (int w = 0; w < WORDS; w++) {
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v |= (bytes[w * 8 + b] & 0xFFL) << (b * 8);
                }
                words[w] |= v;
            }
        } else {
            for (int i = 0; i + 1 < bytes.length; i += 2) {
                int offset = (bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF);
                words[offset >>> 6] |= 1L << (offset & 63);
            }
        }
    }

    static long[] decode(byte[] bytes) {
        long[] words = new long[WORDS];
        decodeInto(bytes, words);
        return words;
    }

    /** The shorter form of {@code words}; null when no row is left. */
    static byte[] encode(long[] words) {
        int count = 0;
        for (long w : words) {
            count += Long.bitCount(w);
        }
        if (count == 0) {
            return null;
        }
        if (count > MAX_LISTED) {
            byte[] out = new byte[BITMAP_BYTES];
            for (int w = 0; w < WORDS; w++) {
                long v = words[w];
                for (int b = 0; b < 8; b++) {
                    out[w * 8 + b] = (byte) (v >>> (b * 8));
                }
            }
            return out;
        }
        byte[] out = new byte[count * 2];
        int k = 0;
        for (int w = 0; w < WORDS; w++) {
            long v = words[w];
            while (v != 0) {
                int offset = w * 64 + Long.numberOfTrailingZeros(v);
                out[k++] = (byte) (offset >>> 8);
                out[k++] = (byte) offset;
                v &= v - 1;
            }
        }
        return out;
    }
}
