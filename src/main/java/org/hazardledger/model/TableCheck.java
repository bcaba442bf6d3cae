package org.hazardledger.model;

/**
 * One table of a ledger copied to another database: its rows and checksum (SHA-256 over the rows
 * in primary-key order, each value in an engine-independent form) on both sides.
 */
public record TableCheck(String table, long sourceRows, String sourceChecksum, long targetRows,
                         String targetChecksum) {

    /** True when the copy holds exactly the source's rows. */
    public boolean matches() {
        return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
    }
}
