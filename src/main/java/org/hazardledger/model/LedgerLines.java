package org.hazardledger.model;

import java.util.List;
import java.util.Optional;

/** One page of full ledger lines, in the ledger's order (newest first), and where the next page starts. */
public record LedgerLines(List<LedgerLine> lines, LedgerPage.PageCursor next) {

    public LedgerLines {
        lines = List.copyOf(lines);
    }

    public Optional<LedgerPage.PageCursor> nextCursor() {
        return Optional.ofNullable(next);
    }
}
