package org.hazardledger.model;

import java.util.UUID;

/**
 * A risk point (风险点) of the 双重预防 risk register: a place, plant or activity of a unit whose
 * risk is graded by LEC and coloured by the enterprise's table, with the measures that control it.
 * Hazards found there may be linked to it.
 */
public record RiskPoint(UUID id, int revision, UUID unitId, String name, String location, String hazardFactors,
                        Lec lec, RiskColour colour, String controlMeasures, UUID responsibleId, boolean retired) {

    public Lec.Level level() {
        return lec.level();
    }
}
