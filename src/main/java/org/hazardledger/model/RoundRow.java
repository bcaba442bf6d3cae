package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a list of rounds.
 *
 * @param checklistName the name of the checklist version the round used
 */
public record RoundRow(UUID id, UUID unitId, String unitName, Tier tier, LocalDate heldOn,
                       String inspectorNames, int failedCount, int hazardCount, String checklistName) {
}
