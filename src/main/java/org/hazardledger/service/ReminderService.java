package org.hazardledger.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.Escalation;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.ReminderSettings;
import org.hazardledger.model.Reminders;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * What needs attention today (decision 0012): rounds due and missed, hazards due soon and overdue,
 * and the escalation of overdue hazards to the next level's head. The lists are bounded by the unit
 * the signed-in user answers for; escalation covers the whole ledger. Each public method is one
 * transaction.
 */
public final class ReminderService {

    private final Store store;
    private final UserSession session;
    private final RoundService rounds;

    public ReminderService(Store store, UserSession session, RoundService rounds) {
        this.store = store;
        this.session = session;
        this.rounds = rounds;
    }

    /**
     * Today's reminders for the signed-in user: rounds due today and missed yesterday, hazards due
     * soon and overdue, in the units they answer for (everything for the clerk and the principal),
     * and where each overdue hazard has been escalated to by now.
     */
    public Reminders today() {
        Hazards h = store.transact(s -> {
            LocalDate today = today(s);
            Set<UUID> scope = scope(s);
            List<Escalation> escalations = ReminderOperations.steps(s, today).stream()
                    .filter(step -> scope.isEmpty() || scope.contains(step.hazard().registration().unitId()))
                    .map(ReminderOperations.Step::escalation).toList();
            return new Hazards(today, scope,
                    s.hazards().openDueBetween(scope, today,
                            today.plusDays(ReminderOperations.settings(s).dueSoonDays()), today),
                    s.hazards().overdue(scope, today), escalations);
        });
        Comparator<ComplianceEntry> order = Comparator.comparing((ComplianceEntry e) -> e.tier()).reversed()
                .thenComparing(ComplianceEntry::unitName);
        List<ComplianceEntry> due = rounds.dueOn(h.today()).stream().filter(e -> h.covers(e.unitId()))
                .sorted(order).toList();
        List<ComplianceEntry> missed = rounds.missedOn(h.today().minusDays(1)).stream()
                .filter(e -> h.covers(e.unitId())).sorted(order).toList();
        return new Reminders(h.today(), due, missed, h.dueSoon(), h.overdue(), h.escalations());
    }

    /**
     * What the workbench does when a user signs in and when the date changes: records the
     * escalations due by now (idempotent, see {@link #escalateOverdue()}), then reads today's
     * reminders, so the escalations the panel shows are also in the audit trail.
     */
    public Reminders openDay() {
        escalateOverdue();
        return today();
    }

    /** The hazard side of today's reminders, read in one transaction. */
    private record Hazards(LocalDate today, Set<UUID> scope, List<HazardRow> dueSoon, List<HazardRow> overdue,
                           List<Escalation> escalations) {
        boolean covers(UUID unitId) {
            return scope.isEmpty() || scope.contains(unitId);
        }
    }

    /** Open hazards in the user's units due today or within {@code reminder-due-soon-days}, soonest first. */
    public List<HazardRow> dueSoon() {
        return store.transact(s -> {
            LocalDate today = today(s);
            return s.hazards().openDueBetween(scope(s), today,
                    today.plusDays(ReminderOperations.settings(s).dueSoonDays()), today);
        });
    }

    /** Open hazards in the user's units past their deadline, longest overdue first. */
    public List<HazardRow> overdue() {
        return store.transact(s -> s.hazards().overdue(scope(s), today(s)));
    }

    /**
     * Records the escalation of every hazard overdue by {@code reminder-escalation-days} (one level
     * more for each further such period) that is not recorded yet; returns those recorded now.
     * Idempotent: a second run the same day records nothing.
     */
    public List<Escalation> escalateOverdue() {
        return store.transact(s -> ReminderOperations.escalate(s, session.actor()));
    }

    public ReminderSettings settings() {
        return store.transact(ReminderOperations::settings);
    }

    public int escalationDays() {
        return settings().escalationDays();
    }

    public int dueSoonDays() {
        return settings().dueSoonDays();
    }

    /** Saves both numbers (1–90 days each); only the clerk or an administrator may. */
    public ReminderSettings saveSettings(ReminderSettings next) {
        return store.transact(s -> ReminderOperations.save(s, session.actor(), next));
    }

    public ReminderSettings setEscalationDays(int days) {
        return store.transact(s -> ReminderOperations.save(s, session.actor(),
                new ReminderSettings(days, ReminderOperations.settings(s).dueSoonDays())));
    }

    public ReminderSettings setDueSoonDays(int days) {
        return store.transact(s -> ReminderOperations.save(s, session.actor(),
                new ReminderSettings(ReminderOperations.settings(s).escalationDays(), days)));
    }

    /** The units the signed-in user answers for; empty = the whole enterprise. */
    private Set<UUID> scope(StoreSession s) {
        UUID unit = session.actor().scopeUnitId();
        return unit == null ? Set.of() : OrganisationOperations.subtree(s, unit);
    }

    private static LocalDate today(StoreSession s) {
        return LocalDate.now(s.clock());
    }
}
