package org.hazardledger.model;

/** One line of the risk register: the point with the names a person reads and how many hazards are linked. */
public record RiskPointRow(RiskPoint point, String unitName, String unitPath, String responsibleName,
                           int hazardCount, int openHazardCount) {
}
