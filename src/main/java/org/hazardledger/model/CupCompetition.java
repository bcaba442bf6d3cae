package org.hazardledger.model;

import java.time.Instant;
import java.util.UUID;

/** One 安康杯 competition: its period and name, who opened it and when. */
public record CupCompetition(UUID id, CupPeriod period, String name, Instant createdAt, String createdBy) {
}
