package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A union record received from an enterprise (the federation's stop-production view): its number,
 * kind, the hazards it concerns by number, the recommendation and whether it has been answered.
 */
public record ConsolidatedUnionRecord(UUID installation, String enterpriseName, UUID id, String number,
                                      UnionRecordKind kind, LocalDate issuedOn, List<String> hazardNumbers,
                                      String recommendation, LocalDate answeredOn) {

    public ConsolidatedUnionRecord {
        hazardNumbers = hazardNumbers == null ? List.of() : List.copyOf(hazardNumbers);
    }
}
