package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the ledger table: what the list shows, with names already resolved.
 *
 * @param closedOn the strike-off day (销号), null while the hazard is not closed
 */
public record HazardRow(UUID id, String number, LocalDate foundOn, String unitName, String place,
                        String categoryCode, HazardForm form, Grade grade, HazardStatus status,
                        Tier rectifyingTier, String responsibleName, LocalDate deadline, boolean overdue,
                        String description, LocalDate closedOn) {
}
