package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is recorded when a hazard is registered (登记): where, when, by whom (or anonymously),
 * through which channel, and what it is.
 */
public record Registration(UUID unitId, String place, LocalDate foundOn, UUID finderId, boolean anonymous,
                           HazardSource source, String category, HazardForm form, String description) {
}
