package org.hazardledger.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One enterprise as the federation sees it from the bundles it received: when its last bundle was
 * written, and counts of its hazards (all, open, overdue on {@code today}, major), its listed major
 * hazards, the union's stop-production and evacuation recommendations, and open conflicts.
 *
 * @param lastBundleAt when the enterprise wrote the last bundle applied here, or null for none yet
 */
public record EnterpriseOverview(UUID installation, String name, OffsetDateTime lastBundleAt, int hazards,
                                 int open, int overdue, int major, int listed, int stopProduction,
                                 int openConflicts) {
}
