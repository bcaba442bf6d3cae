package org.hazardledger.model;

import java.util.UUID;

/**
 * What the clerk adds when a drill finding becomes a hazard; the rest comes from the drill: the
 * unit, the day found (the drill's day), the source (special inspection) and the description (the finding).
 */
public record FindingHazard(String place, UUID finderId, String category, HazardForm form, Grading grading) {
}
