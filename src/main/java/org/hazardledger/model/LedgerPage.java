package org.hazardledger.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of ledger rows, newest first, and where the next page starts (keyset paging: the
 * cursor is the last row's found date and number).
 */
public record LedgerPage(List<HazardRow> rows, PageCursor next) {

    /** No rows and nothing after. */
    public static final LedgerPage EMPTY = new LedgerPage(List.of(), null);

    public LedgerPage {
        rows = List.copyOf(rows);
    }

    public Optional<PageCursor> nextCursor() {
        return Optional.ofNullable(next);
    }

    /** Position after a row, in the ledger's newest-first order. */
    public record PageCursor(java.time.LocalDate foundOn, String number) {
    }
}
