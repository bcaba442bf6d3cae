package org.hazardledger.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One 安康杯 competition: its period and name, who opened it and when, and the revision it was read
 * at (a rename is saved only over that revision).
 */
public record CupCompetition(UUID id, CupPeriod period, String name, Instant createdAt, String createdBy,
                             int revision) {
}
