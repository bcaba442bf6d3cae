package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.ANKANG_COMPETITION;
import static org.hazardledger.store.jooq.Tables.ANKANG_CRITERION;
import static org.hazardledger.store.jooq.Tables.ANKANG_PARTICIPANT;
import static org.hazardledger.store.jooq.Tables.ANKANG_SCORE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.store.jooq.tables.records.AnkangCompetitionRecord;
import org.jooq.DSLContext;

/** The 安康杯 competition: participating units, weighted criteria, scores per period. */
public final class AnkangCupRepository {

    private final DSLContext dsl;
    private final Clock clock;

    AnkangCupRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void insertCompetition(CupCompetition c) {
        dsl.insertInto(ANKANG_COMPETITION)
                .set(ANKANG_COMPETITION.ID, c.id())
                .set(ANKANG_COMPETITION.PERIOD_CODE, c.period().code())
                .set(ANKANG_COMPETITION.PERIOD_YEAR, c.period().year())
                .set(ANKANG_COMPETITION.NAME, c.name())
                .set(ANKANG_COMPETITION.CREATED_AT, OffsetDateTime.ofInstant(c.createdAt(), clock.getZone()))
                .set(ANKANG_COMPETITION.CREATED_BY, c.createdBy())
                .execute();
    }

    /** Every competition, oldest period first. */
    public List<CupCompetition> competitions() {
        return dsl.selectFrom(ANKANG_COMPETITION).fetch(AnkangCupRepository::competition).stream()
                .sorted((a, b) -> a.period().compareTo(b.period())).toList();
    }

    public Optional<CupCompetition> competition(UUID id) {
        return dsl.selectFrom(ANKANG_COMPETITION).where(ANKANG_COMPETITION.ID.eq(id))
                .fetchOptional(AnkangCupRepository::competition);
    }

    public Optional<CupCompetition> competition(CupPeriod period) {
        return dsl.selectFrom(ANKANG_COMPETITION).where(ANKANG_COMPETITION.PERIOD_CODE.eq(period.code()))
                .fetchOptional(AnkangCupRepository::competition);
    }

    /**
     * Renames the competition as read at {@code revision}.
     *
     * @throws StaleRecordException {@code error.cup.stale} (naming {@code shownName}) when someone
     *                              else saved it since
     */
    public void rename(UUID id, int revision, String name, String shownName) {
        int updated = dsl.update(ANKANG_COMPETITION).set(ANKANG_COMPETITION.NAME, name)
                .set(ANKANG_COMPETITION.REVISION, ANKANG_COMPETITION.REVISION.plus(1))
                .where(ANKANG_COMPETITION.ID.eq(id).and(ANKANG_COMPETITION.REVISION.eq(revision)))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException("error.cup.stale", shownName);
        }
    }

    /** The criteria in their order. */
    public List<CupCriterion> criteria(UUID competitionId) {
        return dsl.selectFrom(ANKANG_CRITERION).where(ANKANG_CRITERION.COMPETITION_ID.eq(competitionId))
                .orderBy(ANKANG_CRITERION.SORT_ORDER, ANKANG_CRITERION.CODE)
                .fetch(r -> new CupCriterion(r.getCode(), r.getName(), r.getWeight(), r.getSortOrder()));
    }

    /** Replaces the criteria of a competition. */
    public void replaceCriteria(UUID competitionId, List<CupCriterion> criteria) {
        dsl.deleteFrom(ANKANG_CRITERION).where(ANKANG_CRITERION.COMPETITION_ID.eq(competitionId)).execute();
        for (CupCriterion c : criteria) {
            dsl.insertInto(ANKANG_CRITERION)
                    .set(ANKANG_CRITERION.COMPETITION_ID, competitionId)
                    .set(ANKANG_CRITERION.CODE, c.code())
                    .set(ANKANG_CRITERION.NAME, c.name())
                    .set(ANKANG_CRITERION.WEIGHT, c.weight())
                    .set(ANKANG_CRITERION.SORT_ORDER, c.sortOrder())
                    .execute();
        }
    }

    public List<UUID> participants(UUID competitionId) {
        return dsl.select(ANKANG_PARTICIPANT.UNIT_ID).from(ANKANG_PARTICIPANT)
                .where(ANKANG_PARTICIPANT.COMPETITION_ID.eq(competitionId)).fetch(ANKANG_PARTICIPANT.UNIT_ID);
    }

    public void addParticipant(UUID competitionId, UUID unitId) {
        dsl.insertInto(ANKANG_PARTICIPANT).set(ANKANG_PARTICIPANT.COMPETITION_ID, competitionId)
                .set(ANKANG_PARTICIPANT.UNIT_ID, unitId).execute();
    }

    /** Removes a unit from a competition with its scores. */
    public void removeParticipant(UUID competitionId, UUID unitId) {
        dsl.deleteFrom(ANKANG_SCORE).where(ANKANG_SCORE.COMPETITION_ID.eq(competitionId))
                .and(ANKANG_SCORE.UNIT_ID.eq(unitId)).execute();
        dsl.deleteFrom(ANKANG_PARTICIPANT).where(ANKANG_PARTICIPANT.COMPETITION_ID.eq(competitionId))
                .and(ANKANG_PARTICIPANT.UNIT_ID.eq(unitId)).execute();
    }

    /** The scores of a competition: unit → criterion code → score. */
    public Map<UUID, Map<String, BigDecimal>> scores(UUID competitionId) {
        Map<UUID, Map<String, BigDecimal>> out = new HashMap<>();
        dsl.selectFrom(ANKANG_SCORE).where(ANKANG_SCORE.COMPETITION_ID.eq(competitionId)).forEach(r ->
                out.computeIfAbsent(r.getUnitId(), k -> new HashMap<>()).put(r.getCriterionCode(), r.getScore()));
        return out;
    }

    public Optional<BigDecimal> score(UUID competitionId, UUID unitId, String criterionCode) {
        return dsl.select(ANKANG_SCORE.SCORE).from(ANKANG_SCORE).where(ANKANG_SCORE.COMPETITION_ID.eq(competitionId))
                .and(ANKANG_SCORE.UNIT_ID.eq(unitId)).and(ANKANG_SCORE.CRITERION_CODE.eq(criterionCode))
                .fetchOptional(ANKANG_SCORE.SCORE);
    }

    /** Sets (or with null clears) one score. */
    public void putScore(UUID competitionId, UUID unitId, String criterionCode, BigDecimal score, String by) {
        dsl.deleteFrom(ANKANG_SCORE).where(ANKANG_SCORE.COMPETITION_ID.eq(competitionId))
                .and(ANKANG_SCORE.UNIT_ID.eq(unitId)).and(ANKANG_SCORE.CRITERION_CODE.eq(criterionCode)).execute();
        if (score != null) {
            dsl.insertInto(ANKANG_SCORE)
                    .set(ANKANG_SCORE.COMPETITION_ID, competitionId)
                    .set(ANKANG_SCORE.UNIT_ID, unitId)
                    .set(ANKANG_SCORE.CRITERION_CODE, criterionCode)
                    .set(ANKANG_SCORE.SCORE, score)
                    .set(ANKANG_SCORE.SCORED_BY, by)
                    .set(ANKANG_SCORE.SCORED_AT, OffsetDateTime.now(clock))
                    .execute();
        }
    }

    /** Deletes the scores of criteria no longer in the competition; returns how many went. */
    public int deleteScoresNotIn(UUID competitionId, Collection<String> criterionCodes) {
        return dsl.deleteFrom(ANKANG_SCORE).where(ANKANG_SCORE.COMPETITION_ID.eq(competitionId))
                .and(ANKANG_SCORE.CRITERION_CODE.notIn(criterionCodes)).execute();
    }

    private static CupCompetition competition(AnkangCompetitionRecord r) {
        return new CupCompetition(r.getId(), CupPeriod.parse(r.getPeriodCode()), r.getName(),
                r.getCreatedAt().toInstant(), r.getCreatedBy(), r.getRevision());
    }
}
