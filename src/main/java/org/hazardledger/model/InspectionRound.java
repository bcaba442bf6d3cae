package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A recorded inspection round (排查记录) of one unit on one day, with the hazards it found. */
public record InspectionRound(UUID id, UUID unitId, Tier tier, LocalDate heldOn, List<UUID> inspectorIds,
                              String checklistCode, int checklistVersion, List<RoundItemResult> results,
                              List<UUID> hazardIds, String note) {

    public InspectionRound {
        inspectorIds = List.copyOf(inspectorIds);
        results = List.copyOf(results);
        hazardIds = List.copyOf(hazardIds);
    }

    public boolean allOk() {
        return results.stream().noneMatch(r -> r.answer() == RoundAnswer.FAILED);
    }

    public List<RoundItemResult> failed() {
        return results.stream().filter(r -> r.answer() == RoundAnswer.FAILED).toList();
    }

    public Optional<RoundItemResult> result(String itemCode) {
        return results.stream().filter(r -> r.itemCode().equals(itemCode)).findFirst();
    }
}
