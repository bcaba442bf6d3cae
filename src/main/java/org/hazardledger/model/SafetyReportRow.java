package org.hazardledger.model;

/**
 * A safety report as the list shows it: with its unit's name and the number of the hazard it became.
 *
 * @param unitName     the unit's path or name, null when no unit was given
 * @param hazardNumber e.g. YH-202606-0012, null until the report became or was linked to a hazard
 * @param keyHeldByMe  true when the signed-in account holds the key this report's identity is sealed to
 */
public record SafetyReportRow(SafetyReport report, String unitName, String hazardNumber, boolean keyHeldByMe) {
}
