package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What needs attention on {@code day} in the units the signed-in user answers for: rounds still due
 * today, rounds whose period ended yesterday without one, open hazards due within the configured
 * days, overdue hazards (longest overdue first), and where the overdue ones have been escalated to.
 */
public record Reminders(LocalDate day, List<ComplianceEntry> roundsDue, List<ComplianceEntry> roundsMissedYesterday,
                        List<HazardRow> dueSoon, List<HazardRow> overdue, List<Escalation> escalations) {

    public Reminders {
        roundsDue = List.copyOf(roundsDue);
        roundsMissedYesterday = List.copyOf(roundsMissedYesterday);
        dueSoon = List.copyOf(dueSoon);
        overdue = List.copyOf(overdue);
        escalations = List.copyOf(escalations);
    }

    /** Nothing to remind of: no panel, no notification. */
    public boolean isEmpty() {
        return roundsDue.isEmpty() && roundsMissedYesterday.isEmpty() && dueSoon.isEmpty() && overdue.isEmpty();
    }

    /** How many things the reminder lists (escalations are part of the overdue ones). */
    public int count() {
        return roundsDue.size() + roundsMissedYesterday.size() + dueSoon.size() + overdue.size();
    }
}
