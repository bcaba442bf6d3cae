package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.StatisticsCell;
import org.hazardledger.model.StatisticsScope;
import org.hazardledger.model.StatisticsSpan;
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

    /**
     * The hazards of {@code scope} grouped by rectifying tier, category and unit (source and form null):
     * every group with a hazard found, rectified or closed in {@code from..to} or open on {@code asOf}.
     */
    public List<StatisticsCell> byTierCategoryUnit(LocalDate from, LocalDate to, LocalDate asOf,
                                                   StatisticsScope scope) {
        return breakdown(from, to, asOf, scope, List.of(HAZARD.RECTIFYING_TIER, HAZARD.CATEGORY, HAZARD.UNIT_ID));
    }

    /** As {@link #byTierCategoryUnit}, grouped by source and hazard form instead (tier, category and unit null). */
    public List<StatisticsCell> bySourceForm(LocalDate from, LocalDate to, LocalDate asOf, StatisticsScope scope) {
        return breakdown(from, to, asOf, scope, List.of(HAZARD.SOURCE, HAZARD.HAZARD_FORM));
    }

    private List<StatisticsCell> breakdown(LocalDate from, LocalDate to, LocalDate asOf, StatisticsScope scope,
                                           List<Field<?>> keys) {
        Condition found = HAZARD.FOUND_ON.between(from, to);
        Condition rectified = HAZARD.RECTIFIED_ON.between(from, to);
        Condition closed = HAZARD.CLOSED_ON.between(from, to);
        Condition open = openOn(asOf);
        Field<BigDecimal> nFound = countIf(found);
        Field<BigDecimal> nRectified = countIf(rectified);
        Field<BigDecimal> nClosed = countIf(closed);
        Field<BigDecimal> nOpen = countIf(open);
        Field<BigDecimal> nOverdue = countIf(open.and(HAZARD.DEADLINE.lt(asOf)));
        Field<BigDecimal> nFoundClosed = countIf(found.and(HAZARD.CLOSED_ON.le(asOf)));
        List<Field<?>> select = new ArrayList<>(keys);
        select.addAll(List.of(nFound, nRectified, nClosed, nOpen, nOverdue, nFoundClosed));
        boolean place = keys.contains(HAZARD.UNIT_ID);
        return dsl.select(select)
                .from(HAZARD)
                .where(counted().and(in(scope)).and(found.or(rectified).or(closed).or(open)))
                .groupBy(keys)
                .fetch(r -> new StatisticsCell(
                        place ? Tier.valueOf(r.get(HAZARD.RECTIFYING_TIER)) : null,
                        place ? r.get(HAZARD.CATEGORY) : null,
                        place ? r.get(HAZARD.UNIT_ID) : null,
                        place ? null : HazardSource.valueOf(r.get(HAZARD.SOURCE)),
                        place ? null : HazardForm.valueOf(r.get(HAZARD.HAZARD_FORM)),
                        new HazardStatistics.Counts(n(r.get(nFound)), n(r.get(nRectified)), n(r.get(nClosed)),
                                n(r.get(nOpen)), n(r.get(nOverdue))),
                        n(r.get(nFoundClosed))));
    }

    /**
     * The counts of {@code scope} for each span, in order: found, rectified and closed in the span,
     * open and overdue on its {@code stateOn}. One query, five CASE sums per span.
     */
    public List<HazardStatistics.Counts> spans(List<StatisticsSpan> spans, StatisticsScope scope) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Field<BigDecimal>> fields = new ArrayList<>();
        for (StatisticsSpan span : spans) {
            Condition open = openOn(span.stateOn());
            fields.add(countIf(HAZARD.FOUND_ON.between(span.from(), span.to())));
            fields.add(countIf(HAZARD.RECTIFIED_ON.between(span.from(), span.to())));
            fields.add(countIf(HAZARD.CLOSED_ON.between(span.from(), span.to())));
            fields.add(countIf(open));
            fields.add(countIf(open.and(HAZARD.DEADLINE.lt(span.stateOn()))));
        }
        var r = dsl.select(fields).from(HAZARD).where(counted().and(in(scope))).fetchOne();
        List<HazardStatistics.Counts> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add(r == null ? HazardStatistics.Counts.ZERO : new HazardStatistics.Counts(
                    n(r.get(fields.get(5 * i))), n(r.get(fields.get(5 * i + 1))), n(r.get(fields.get(5 * i + 2))),
                    n(r.get(fields.get(5 * i + 3))), n(r.get(fields.get(5 * i + 4)))));
        }
        return out;
    }

    /**
     * The hazards of {@code scope} open and overdue on {@code asOf}, counted per band of days past the
     * deadline: band i runs from {@code fromDays[i]} to the next band's start less one (the last has no end).
     */
    public List<Integer> overdueAgeing(LocalDate asOf, int[] fromDays, StatisticsScope scope) {
        List<Field<BigDecimal>> fields = new ArrayList<>();
        for (int i = 0; i < fromDays.length; i++) {
            // days past = asOf - deadline, so "at least d days" is deadline <= asOf - d
            Condition band = HAZARD.DEADLINE.le(asOf.minusDays(fromDays[i]));
            if (i + 1 < fromDays.length) {
                band = band.and(HAZARD.DEADLINE.gt(asOf.minusDays(fromDays[i + 1])));
            }
            fields.add(countIf(band));
        }
        var r = dsl.select(fields).from(HAZARD)
                .where(counted().and(in(scope)).and(openOn(asOf)).and(HAZARD.DEADLINE.lt(asOf))).fetchOne();
        List<Integer> out = new ArrayList<>();
        for (Field<BigDecimal> f : fields) {
            out.add(r == null ? 0 : n(r.get(f)));
        }
        return out;
    }

    /** People not retired (nor deleted) whose unit is one of {@code units} (null = all). */
    public int workers(java.util.Set<UUID> units) {
        return dsl.fetchCount(PERSON, workerIn(units));
    }

    /**
     * Of the people {@link #workers} counts, those named as the (not anonymous) finder of at least one
     * hazard found in {@code from..to} rectified at {@code tier} and of {@code category} (null = any),
     * wherever the hazard was.
     */
    public int finders(LocalDate from, LocalDate to, java.util.Set<UUID> units, Tier tier, String category) {
        Condition hazards = counted().and(HAZARD.FOUND_ON.between(from, to)).and(HAZARD.ANONYMOUS.isFalse());
        if (tier != null) {
            hazards = hazards.and(HAZARD.RECTIFYING_TIER.eq(tier.name()));
        }
        if (category != null) {
            hazards = hazards.and(HAZARD.CATEGORY.eq(category));
        }
        // a join on the person's key and one DISTINCT: no per-person subquery over the hazards
        Integer n = dsl.select(DSL.countDistinct(HAZARD.FINDER_ID)).from(HAZARD)
                .join(PERSON).on(PERSON.ID.eq(HAZARD.FINDER_ID))
                .where(hazards.and(workerIn(units))).fetchOne(0, Integer.class);
        return n == null ? 0 : n;
    }

    private static Condition workerIn(java.util.Set<UUID> units) {
        Condition c = PERSON.DELETED.isFalse().and(PERSON.RETIRED.isFalse());
        return units == null ? c : c.and(PERSON.UNIT_ID.in(units));
    }

    private static Condition in(StatisticsScope scope) {
        Condition c = DSL.noCondition();
        if (scope.units() != null) {
            c = c.and(HAZARD.UNIT_ID.in(scope.units()));
        }
        if (scope.tier() != null) {
            c = c.and(HAZARD.RECTIFYING_TIER.eq(scope.tier().name()));
        }
        if (scope.category() != null) {
            c = c.and(HAZARD.CATEGORY.eq(scope.category()));
        }
        return c;
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
        return new HazardRepository(dsl, clock, new SearchIndex(dsl));
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
