package org.hazardledger.store;

import java.util.Locale;

/**
 * The grams of the search index: every run of 1, 2 and 3 characters of a field, lower-cased, as one
 * long: a single character is its code (below 2^16), two are {@code c1 << 16 | c2} (below 2^32),
 * three {@code c1 << 32 | c2 << 16 | c3}. Grams never span two fields. A query of up to 3
 * characters is one gram, and the rows holding it are exactly the rows that match; a longer query is
 * all its overlapping 3-grams, which every match holds (the rows found are then checked).
 */
final class SearchGrams {

    /** The longest gram; queries up to this length are answered by the index alone. */
    static final int MAX = 3;

    private SearchGrams() {
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Adds the grams of one field to {@code out}. */
    static void addGramsOf(String field, LongSet out) {
        String s = normalise(field);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            long c1 = s.charAt(i);
            if (c1 == 0) {
                continue;
            }
            out.add(c1);
            if (i + 1 < n) {
                long c2 = s.charAt(i + 1);
                out.add(c1 << 16 | c2);
                if (i + 2 < n) {
                    out.add(c1 << 32 | c2 << 16 | s.charAt(i + 2));
                }
            }
        }
    }

    /** The grams every row matching {@code query} holds; empty for an empty query. */
    static long[] ofQuery(String query) {
        String s = normalise(query);
        int n = s.length();
        if (n == 0) {
            return new long[0];
        }
        if (n <= MAX) {
            long g = 0;
            for (int i = 0; i < n; i++) {
                g = g << 16 | s.charAt(i);
            }
            return new long[] {g};
        }
        LongSet grams = new LongSet(n);
        for (int i = 0; i + MAX <= n; i++) {
            grams.add((long) s.charAt(i) << 32 | (long) s.charAt(i + 1) << 16 | s.charAt(i + 2));
        }
        return grams.toArray();
    }

    /** True when the index alone answers {@code query} exactly (no row needs checking). */
    static boolean exact(String query) {
        int n = normalise(query).length();
        return n > 0 && n <= MAX && query.indexOf('\0') < 0;
    }
}
