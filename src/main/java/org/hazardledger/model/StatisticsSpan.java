package org.hazardledger.model;

import java.time.LocalDate;

/**
 * A stretch of days (both included) whose found, rectified and closed hazards are counted, with the
 * day {@code stateOn} on which open and overdue hazards are taken.
 */
public record StatisticsSpan(LocalDate from, LocalDate to, LocalDate stateOn) {
}
