package org.hazardledger.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * The row numbers the search index found for a query, block by block. {@code exact}: every row
 * found matches (a query of up to 3 characters); otherwise each row must still be checked.
 */
final class SearchHits {

    private final TreeMap<Integer, long[]> blocks;
    private final boolean exact;
    private final int count;

    SearchHits(TreeMap<Integer, long[]> blocks, boolean exact) {
        this.blocks = blocks;
        this.exact = exact;
        int n = 0;
        for (long[] words : blocks.values()) {
            for (long w : words) {
                n += Long.bitCount(w);
            }
        }
        this.count = n;
    }

    boolean exact() {
        return exact;
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The row numbers, ascending. */
    long[] rowNos() {
        long[] out = new long[count];
        int k = 0;
        for (Map.Entry<Integer, long[]> e : blocks.entrySet()) {
            long base = (long) e.getKey() << GramBlock.SHIFT;
            long[] words = e.getValue();
            for (int w = 0; w < words.length; w++) {
                long v = words[w];
                while (v != 0) {
                    out[k++] = base + w * 64L + Long.numberOfTrailingZeros(v);
                    v &= v - 1;
                }
            }
        }
        return out;
    }

    boolean contains(long rowNo) {
        long[] words = blocks.get(GramBlock.blockOf(rowNo));
        int offset = GramBlock.offsetOf(rowNo);
        return words != null && (words[offset >>> 6] & 1L << (offset & 63)) != 0;
    }
}
