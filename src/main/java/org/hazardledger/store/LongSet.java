package org.hazardledger.store;

import java.util.Arrays;

/** A small open-addressing set of longs (no boxing): the grams of one hazard or one query. */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    LongSet(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(4, expected * 2)) << 1];
        Arrays.fill(slots, EMPTY);
    }

    void add(long v) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
    }

    boolean contains(long v) {
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        long[] out = new long[size];
        int k = 0;
        for (long v : slots) {
            if (v != EMPTY) {
                out[k++] = v;
            }
        }
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
