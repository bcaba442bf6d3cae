package org.hazardledger.model;

import java.util.UUID;

/**
 * An overdue hazard taken to the head of a higher level (逾期升级督办): the next tier's unit head, then
 * the one above, up to the plant, then the principal (主要负责人).
 *
 * @param daysOverdue calendar days past the deadline
 * @param toTier      the tier escalated to; null when it went past the plant to the principal
 * @param toUnitName  the unit at that tier above the hazard (the enterprise for the principal)
 * @param toHeadName  who heads it; null when the ledger names nobody in that post
 */
public record Escalation(UUID hazardId, String number, int daysOverdue, Tier toTier, String toUnitName,
                         String toHeadName) {

    /** Past the plant: the enterprise's principal answers now. */
    public boolean toPrincipal() {
        return toTier == null;
    }
}
