package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded emergency drill (应急演练) with its participants and findings. */
public record EmergencyDrill(UUID id, int revision, String scenario, LocalDate heldOn, UUID unitId, String unitName,
                             List<Attendee> participants, String evaluation, List<DrillFinding> findings,
                             String recordedBy) {

    public EmergencyDrill {
        participants = List.copyOf(participants);
        findings = List.copyOf(findings);
    }
}
