package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a list of rounds. */
public record RoundRow(UUID id, UUID unitId, String unitName, Tier tier, LocalDate heldOn,
                       String inspectorNames, int failedCount, int hazardCount) {
}
