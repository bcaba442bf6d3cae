package org.hazardledger.ui.rounds;

import java.time.LocalDate;
import org.hazardledger.model.ComplianceState;

/**
 * One day of the compliance calendar as shown: its state (for a weekly or half-monthly tier, its
 * period's), how many rounds were held that day, whether it opens or closes a period longer than a
 * day (the month view marks those), and the words for the tooltip and screen readers.
 */
public record DayCell(LocalDate day, ComplianceState state, int roundsHeld, boolean periodStart, boolean periodEnd,
                      String text) {
}
