package org.hazardledger.model;

import java.util.UUID;

/** Where one unit stands in one round period. */
public record ComplianceEntry(UUID unitId, String unitName, Tier tier, RoundPeriod period,
                              ComplianceState state, int roundsHeld) {
}
