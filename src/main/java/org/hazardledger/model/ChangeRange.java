package org.hazardledger.model;

/**
 * A range of the sender's change sequence, both ends included, that a bundle covers. An empty range
 * (nothing changed since the last acknowledged bundle) has {@code to < from}.
 */
public record ChangeRange(long from, long to, boolean full) {

    public ChangeRange {
        if (from < 1 || to < from - 1) {
            throw new IllegalArgumentException("bad change range " + from + ".." + to);
        }
    }

    public boolean contains(long changeSeq) {
        return changeSeq >= from && changeSeq <= to;
    }

    public boolean isEmpty() {
        return to < from;
    }
}
