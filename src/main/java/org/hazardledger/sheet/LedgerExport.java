package org.hazardledger.sheet;

import java.nio.file.Path;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;

/**
 * The hazard ledger (any view, with its filters) as an .xlsx sheet: every {@link
 * org.hazardledger.model.LedgerField} as a column, read page by page while it is written.
 */
public final class LedgerExport {

    private final LedgerSheetService sheets;
    private final Messages messages;

    public LedgerExport(LedgerSheetService sheets, Messages messages) {
        this.sheets = sheets;
        this.messages = messages;
    }

    /** Writes the hazards {@code query} selects; {@code filter} says in words what it selects. */
    public void write(Path out, HazardQuery query, String filter, Progress progress) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
