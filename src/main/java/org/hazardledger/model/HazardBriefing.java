package org.hazardledger.model;

import java.util.List;
import java.util.Objects;

/**
 * What the workers' congress briefing (职代会隐患通报) tells about a period: the figures, the major
 * hazards found in it or still open at its end, and the hazards overdue at its end. Rows carry no
 * finder: the briefing never names who reported a hazard.
 */
public record HazardBriefing(HazardStatistics figures, List<HazardRow> majorHazards, List<HazardRow> overdue) {

    public HazardBriefing {
        Objects.requireNonNull(figures, "figures");
        majorHazards = List.copyOf(majorHazards);
        overdue = List.copyOf(overdue);
    }
}
