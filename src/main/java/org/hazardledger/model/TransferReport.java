package org.hazardledger.model;

import java.util.List;

/**
 * What a ledger transfer (H2 to PostgreSQL and back) copied and verified: every table, in the order
 * copied, the attachment rows whose files were checked in the target’s data folder and how many files had to be copied there.
 */
public record TransferReport(String source, String target, List<TableCheck> tables, long attachmentReferences,
                             long filesCopied) {

    public TransferReport {
        tables = List.copyOf(tables);
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableCheck::targetRows).sum();
    }

    /** True when every table matches. */
    public boolean matches() {
        return tables.stream().allMatch(TableCheck::matches);
    }
}
