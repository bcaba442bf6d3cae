package org.hazardledger.model;

import java.util.UUID;

/** What a drill showed up; {@code hazardId}/{@code hazardNumber} once it has become a hazard. */
public record DrillFinding(UUID id, UUID drillId, int position, String text, UUID hazardId, String hazardNumber) {

    public boolean isHazard() {
        return hazardId != null;
    }
}
