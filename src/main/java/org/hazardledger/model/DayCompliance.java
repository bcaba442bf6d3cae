package org.hazardledger.model;

import java.time.LocalDate;

/**
 * One day of a month view or year heat-map: for weekly and half-monthly tiers each day carries the
 * state of its period (and the rounds held that day).
 */
public record DayCompliance(LocalDate day, ComplianceState state, int roundsHeld) {
}
