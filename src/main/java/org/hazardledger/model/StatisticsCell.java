package org.hazardledger.model;

import java.util.UUID;

/**
 * One group of the statistics store's finest breakdown for the dashboard and the period figures:
 * the hazards of one rectifying tier, category, unit, source, form and grade.
 *
 * @param counts      found, rectified and closed in the period; open and overdue on the day the state is taken
 * @param foundClosed of the hazards found in the period, those closed by that day
 */
public record StatisticsCell(Tier tier, String category, UUID unitId, HazardSource source, HazardForm form,
                             Grade grade, HazardStatistics.Counts counts, int foundClosed) {
}
