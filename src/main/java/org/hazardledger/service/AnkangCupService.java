package org.hazardledger.service;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupHistoryEntry;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.store.Store;

/** The 安康杯 competition: participating units, criteria with weights, scores per period and the ranking. Each public method is one transaction. */
public final class AnkangCupService {

    private final Store store;
    private final UserSession session;

    public AnkangCupService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Whether the signed-in user may open competitions, edit criteria and units, and score. */
    public boolean canManage() {
        return AnkangCupOperations.mayManage(session.actor());
    }

    /** Every competition, oldest period first. */
    public List<CupCompetition> competitions() {
        return store.transact(s -> s.ankangCup().competitions());
    }

    /**
     * Opens the competition of {@code period}, starting from the latest earlier competition's
     * criteria and units (the shipped default criteria and every workshop for the first one).
     */
    public CupCompetition open(CupPeriod period, String name) {
        return store.transact(s -> AnkangCupOperations.open(s, session.actor(), period, name));
    }

    /**
     * Renames the competition as read at {@code revision}.
     *
     * @throws org.hazardledger.model.ConflictException {@code error.cup.stale} naming who renamed it
     *         since it was read; nothing is written
     */
    public CupBoard rename(UUID competitionId, int revision, String name) {
        return Conflicts.explained(() -> store.transact(s -> AnkangCupOperations.rename(s, session.actor(),
                        competitionId, revision, name)),
                stale -> Conflicts.record(store, AnkangCupOperations.ENTITY, competitionId, "error.cup.stale",
                        AnkangCupOperations.NOT_RENAMING, stale));
    }

    /** The criteria and the ranking of one competition. */
    public CupBoard board(UUID competitionId) {
        return store.transact(s -> AnkangCupOperations.board(s, competitionId));
    }

    /**
     * Replaces the criteria: whole-number weights of 1–100 summing to 100, unique codes, names
     * required; scores of criteria removed are dropped.
     */
    public CupBoard saveCriteria(UUID competitionId, List<CupCriterion> criteria) {
        return store.transact(s -> AnkangCupOperations.saveCriteria(s, session.actor(), competitionId, criteria));
    }

    /** Sets the participating units (any units); a unit taken out loses its scores. */
    public CupBoard setParticipants(UUID competitionId, Collection<UUID> unitIds) {
        return store.transact(s -> AnkangCupOperations.setParticipants(s, session.actor(), competitionId, unitIds));
    }

    /** Sets a unit's score on a criterion: 0–100, at most one decimal; null clears it. */
    public CupBoard score(UUID competitionId, UUID unitId, String criterionCode, BigDecimal score) {
        return store.transact(s -> AnkangCupOperations.score(s, session.actor(), competitionId, unitId,
                criterionCode, score));
    }

    /**
     * Each participant's hazard rectification rate in the competition's period (per cent, one
     * decimal), computed from the ledger; units with no hazard found in the period are left out.
     */
    public java.util.Map<UUID, BigDecimal> rectificationRates(UUID competitionId) {
        return store.transact(s -> AnkangCupOperations.rectificationRates(s, competitionId));
    }

    /**
     * Scores the criterion coded {@code RECTIFY} of every participant with hazards found in the
     * period with its rectification rate (each score audited as usual); others are left as they are.
     */
    public CupBoard scoreRectificationRates(UUID competitionId) {
        return store.transact(s -> AnkangCupOperations.scoreRectificationRates(s, session.actor(), competitionId));
    }

    /** Every unit's total and rank in every competition, oldest first. */
    public List<CupHistoryEntry> history() {
        return store.transact(AnkangCupOperations::history);
    }

    /** The default criteria shipped in seeds/reference/ankang-criteria.csv. */
    public List<CupCriterion> defaultCriteria() {
        return CampaignSeeds.defaultCriteria();
    }
}
