package org.hazardledger.model;

import java.util.UUID;

/**
 * One group of a statistics breakdown for the dashboard and the period figures: the hazards of one
 * rectifying tier, category and unit, or of one source and form (the other keys null).
 *
 * @param counts      found, rectified and closed in the period; open and overdue on the day the state is taken
 * @param foundClosed of the hazards found in the period, those closed by that day
 */
public record StatisticsCell(Tier tier, String category, UUID unitId, HazardSource source, HazardForm form,
                             HazardStatistics.Counts counts, int foundClosed) {
}
