package org.hazardledger.service;

import org.hazardledger.model.BundleLogEntry;

/**
 * What applying one bundle did.
 *
 * @param inserted        records new to this ledger
 * @param updated         records replaced by a higher revision
 * @param unchanged       records already held at this or a higher revision (same content)
 * @param conflicts       records of an equal revision with a different content (kept as conflicts)
 * @param acknowledged    bundle receipts that marked a bundle this ledger sent as acknowledged
 * @param unknownReceipts bundle receipts naming a bundle this ledger never sent (ignored)
 */
public record ApplyResult(BundleLogEntry entry, int inserted, int updated, int unchanged, int conflicts,
        int acknowledged, int unknownReceipts) {

    public ApplyResult(BundleLogEntry entry, int inserted, int updated, int unchanged, int conflicts) {
        this(entry, inserted, updated, unchanged, conflicts, 0, 0);
    }
}
