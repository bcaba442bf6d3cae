package org.hazardledger.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a query's rows lie, in the ledger's newest-first order: the total, and the key of every
 * {@code stride}-th row, so that a page at any offset is a keyset seek to the nearest anchor and a
 * short skip, never a deep OFFSET (ARCHITECTURE.md: H2 at a million rows).
 * {@code anchors.get(i)} is the cursor of row {@code (i + 1) * stride - 1}: the row just before
 * row {@code (i + 1) * stride}.
 */
public record LedgerPositions(int total, int stride, List<LedgerPage.PageCursor> anchors) {

    public static final LedgerPositions EMPTY = new LedgerPositions(0, 1, List.of());

    public LedgerPositions {
        if (stride < 1 || total < 0) {
            throw new IllegalArgumentException("stride must be positive and total not negative");
        }
        anchors = List.copyOf(anchors);
    }

    /** The cursor to seek from for row {@code offset} (empty: from the first row). */
    public Optional<LedgerPage.PageCursor> anchorFor(int offset) {
        int i = Math.min(offset / stride, anchors.size());
        return i == 0 ? Optional.empty() : Optional.of(anchors.get(i - 1));
    }

    /** How many rows to skip after {@link #anchorFor} to reach row {@code offset}. */
    public int skipFor(int offset) {
        int i = Math.min(offset / stride, anchors.size());
        return offset - i * stride;
    }
}
