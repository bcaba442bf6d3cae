package org.hazardledger.cli;

import java.io.Closeable;
import java.util.List;
import org.hazardledger.model.HazardRow;
import org.hazardledger.service.Messages;

/** Prints ledger rows one at a time (so a large ledger is never all in memory). */
interface LedgerPrinter extends Closeable {

    /** Column header keys, in order; the values come from {@link #cells}. */
    List<String> HEADER_KEYS = List.of("column.number", "column.foundOn", "column.unit", "column.place",
            "column.grade", "column.status", "column.tier", "column.responsible", "column.deadline",
            "column.overdue", "column.description");

    void print(HazardRow row);

    static List<String> header(Messages m) {
        return HEADER_KEYS.stream().map(m::get).toList();
    }

    static List<String> cells(HazardRow r, Messages m) {
        return List.of(r.number(), r.foundOn().toString(), r.unitName(), r.place(), m.label(r.grade()),
                m.label(r.status()), m.label(r.rectifyingTier()), r.responsibleName() == null ? "" : r.responsibleName(),
                r.deadline() == null ? "" : r.deadline().toString(), r.overdue() ? m.get("overdue.yes") : "",
                r.description());
    }
}
