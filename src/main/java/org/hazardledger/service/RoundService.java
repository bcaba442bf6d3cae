package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.DayCompliance;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Tier;
import org.hazardledger.store.Store;

/**
 * Inspection rounds (四级排查) and the compliance calendar: checklists, recording rounds, hazards
 * registered from failed items, per-unit round rules, and who inspected and who did not. Each public
 * method is one transaction.
 */
public final class RoundService {

    private final Store store;
    private final UserSession session;

    public RoundService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** The latest version of every checklist, by tier. */
    public List<Checklist> checklists() {
        return store.transact(s -> s.rounds().latestChecklists());
    }

    /** The checklist a unit's rounds use: its tier's list for the enterprise's industry, else the general one. */
    public Checklist checklistFor(UUID unitId) {
        return store.transact(s -> RoundOperations.checklistFor(s, unitId));
    }

    /** Saves an edited checklist as its next version (clerk or admin); rounds keep the version they used. */
    public Checklist saveChecklist(Checklist checklist) {
        return store.transact(s -> RoundOperations.saveChecklist(s, session.actor(), checklist));
    }

    /** Records a round as the signed-in user; ValidationException on bad input. */
    public InspectionRound record(RoundDraft draft) {
        return store.transact(s -> RoundOperations.record(s, session.actor(), draft));
    }

    public InspectionRound round(UUID roundId) {
        return store.transact(s -> RoundOperations.round(s, roundId));
    }

    /** The rounds of one unit (null: all units) held in {@code from..to}, newest first. */
    public List<RoundRow> rounds(UUID unitId, LocalDate from, LocalDate to) {
        return store.transact(s -> RoundOperations.rows(s, unitId, from, to));
    }

    /** A hazard draft pre-filled from a round's failed item, for the register form. */
    public HazardDraft findingDraft(UUID roundId, String itemCode) {
        return store.transact(s -> RoundOperations.findingDraft(s, roundId, itemCode));
    }

    /** Registers a hazard found by a round's failed item and links it to the round. */
    public Hazard registerFinding(UUID roundId, String itemCode, HazardDraft draft) {
        return store.transact(s -> RoundOperations.registerFinding(s, session.actor(), roundId, itemCode, draft));
    }

    /** The unit's round rule (its tier's default unless one was saved). */
    public RoundRule rule(UUID unitId) {
        return store.transact(s -> RoundOperations.rule(s, unitId));
    }

    /**
     * Saves the unit's rule as read at {@code rule.revision()} and returns it at its new revision.
     *
     * @throws org.hazardledger.model.ConflictException {@code error.roundRule.stale} naming who
     *         saved the rule since it was read; nothing of this rule is written
     */
    public RoundRule saveRule(RoundRule rule) {
        return Conflicts.explained(() -> store.transact(s -> RoundOperations.saveRule(s, session.actor(), rule)),
                stale -> Conflicts.record(store, RoundOperations.RULE_ENTITY, rule.unitId(), "error.roundRule.stale",
                        stale));
    }

    /** The unit's periods overlapping {@code from..to}, whole, with their states as of today. */
    public List<ComplianceEntry> compliance(UUID unitId, LocalDate from, LocalDate to) {
        return store.transact(s -> RoundOperations.compliance(s, unitId, from, to));
    }

    /** One line per day, for the month view and the year heat-map. */
    public List<DayCompliance> days(UUID unitId, LocalDate from, LocalDate to) {
        return store.transact(s -> RoundOperations.days(s, unitId, from, to));
    }

    /** Every active unit's period containing {@code day} with no round held yet. */
    public List<ComplianceEntry> dueOn(LocalDate day) {
        return store.transact(s -> RoundOperations.dueOn(s, day));
    }

    /** Every active unit's period that ended on {@code day} without a round (each missed period shows on one day). */
    public List<ComplianceEntry> missedOn(LocalDate day) {
        return store.transact(s -> RoundOperations.missedOn(s, day));
    }

    /** Done, missed and due periods of the units below {@code unitId} (null: all) at {@code tier} (null: all). */
    public ComplianceSummary summary(UUID unitId, Tier tier, LocalDate from, LocalDate to) {
        return store.transact(s -> RoundOperations.summary(s, unitId, tier, from, to));
    }

    /** Whether the signed-in user may edit checklists. */
    public boolean canEditChecklists() {
        return session.actor().role() == null || RoundOperations.CLERKS.contains(session.actor().role());
    }
}
