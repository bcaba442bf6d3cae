package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionRecordKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The figures of the statistics table and the workers' congress briefing. Plain GROUP BY with
 * CASE sums, so the same SQL runs on H2 and PostgreSQL. A period runs from {@code from} to
 * {@code to}, both included; "at the end" means on {@code asOf}.
 */
public final class StatisticsRepository {

    private final DSLContext dsl;
    private final Clock clock;

    StatisticsRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * The hazard counts grouped by rectifying tier, category, unit, grade and sub-grade: every group
     * with a hazard found, rectified or closed in the period or open at its end.
     */
    public List<HazardStatistics.Cell> cells(LocalDate from, LocalDate to, LocalDate asOf) {
        Condition found = HAZARD.FOUND_ON.between(from, to);
        Condition rectified = HAZARD.RECTIFIED_ON.between(from, to);
        Condition closed = HAZARD.CLOSED_ON.between(from, to);
        Condition open = openOn(asOf);
        Condition overdue = open.and(HAZARD.DEADLINE.lt(asOf));
        Condition foundClosed = found.and(HAZARD.CLOSED_ON.le(asOf));
        Field<BigDecimal> funds = DSL.sum(DSL.when(closed, DSL.coalesce(HAZARD.FUNDS, BigDecimal.ZERO))
                .otherwise(BigDecimal.ZERO));
        Field<BigDecimal> nFound = countIf(found);
        Field<BigDecimal> nRectified = countIf(rectified);
        Field<BigDecimal> nClosed = countIf(closed);
        Field<BigDecimal> nOpen = countIf(open);
        Field<BigDecimal> nOverdue = countIf(overdue);
        Field<BigDecimal> nFoundClosed = countIf(foundClosed);
        return dsl.select(HAZARD.RECTIFYING_TIER, HAZARD.CATEGORY, HAZARD.UNIT_ID, HAZARD.GRADE, HAZARD.SUB_GRADE,
                        nFound, nRectified, nClosed, nOpen, nOverdue, nFoundClosed, funds)
                .from(HAZARD)
                .where(counted().and(found.or(rectified).or(closed).or(open)))
                .groupBy(HAZARD.RECTIFYING_TIER, HAZARD.CATEGORY, HAZARD.UNIT_ID, HAZARD.GRADE, HAZARD.SUB_GRADE)
                .fetch(r -> new HazardStatistics.Cell(Tier.valueOf(r.get(HAZARD.RECTIFYING_TIER)),
                        r.get(HAZARD.CATEGORY), r.get(HAZARD.UNIT_ID), Grade.valueOf(r.get(HAZARD.GRADE)),
                        r.get(HAZARD.SUB_GRADE),
                        new HazardStatistics.Counts(n(r.get(nFound)), n(r.get(nRectified)), n(r.get(nClosed)),
                                n(r.get(nOpen)), n(r.get(nOverdue))),
                        n(r.get(nFoundClosed)), r.get(funds) == null ? BigDecimal.ZERO : r.get(funds)));
    }

    /** The union's records issued in the period, by kind, and how many were answered in it. */
    public HazardStatistics.UnionFigures union(LocalDate from, LocalDate to) {
        Condition issued = UNION_RECORD.ISSUED_ON.between(from, to);
        Field<BigDecimal> proposals = countIf(issued.and(UNION_RECORD.KIND.eq(UnionRecordKind.PROPOSAL.name())));
        Field<BigDecimal> stops = countIf(issued.and(UNION_RECORD.KIND.eq(UnionRecordKind.STOP_PRODUCTION.name())));
        Field<BigDecimal> evacuations = countIf(issued.and(UNION_RECORD.KIND.eq(UnionRecordKind.EVACUATION.name())));
        Field<BigDecimal> answered = countIf(UNION_RECORD.ANSWERED_ON.between(from, to));
        var r = dsl.select(proposals, stops, evacuations, answered).from(UNION_RECORD)
                .where(UNION_RECORD.DELETED.isFalse()).fetchOne();
        return r == null ? HazardStatistics.UnionFigures.NONE
                : new HazardStatistics.UnionFigures(n(r.get(proposals)), n(r.get(stops)), n(r.get(evacuations)),
                        n(r.get(answered)));
    }

    /** Major hazards found in the period or still open at its end, oldest first. */
    public List<HazardRow> majorHazards(LocalDate from, LocalDate to, LocalDate asOf) {
        return hazards().rows(counted().and(HAZARD.GRADE.eq(Grade.MAJOR.name()))
                        .and(HAZARD.FOUND_ON.between(from, to).or(openOn(asOf))),
                asOf, HAZARD.FOUND_ON.asc(), HAZARD.NUMBER.asc());
    }

    /** Hazards open and past their deadline on {@code asOf}, longest overdue first. */
    public List<HazardRow> overdue(LocalDate asOf) {
        return hazards().rows(counted().and(openOn(asOf)).and(HAZARD.DEADLINE.lt(asOf)),
                asOf, HAZARD.DEADLINE.asc(), HAZARD.NUMBER.asc());
    }

    private HazardRepository hazards() {
        return new HazardRepository(dsl, clock);
    }

    /** Hazards that count at all: not deleted, not found to be no hazard, not a merged duplicate. */
    private static Condition counted() {
        return HAZARD.DELETED.isFalse()
                .and(HAZARD.STATUS.notIn(HazardStatus.REJECTED.name(), HazardStatus.MERGED.name()));
    }

    /** Registered by {@code day} and not struck off by then (reopening clears the closing day). */
    private static Condition openOn(LocalDate day) {
        return HAZARD.FOUND_ON.le(day).and(HAZARD.CLOSED_ON.isNull().or(HAZARD.CLOSED_ON.gt(day)));
    }

    private static Field<BigDecimal> countIf(Condition c) {
        return DSL.sum(DSL.when(c, BigDecimal.ONE).otherwise(BigDecimal.ZERO));
    }

    private static int n(BigDecimal value) {
        return value == null ? 0 : value.intValueExact();
    }
}
