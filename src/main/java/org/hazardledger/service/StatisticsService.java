package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardBriefing;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatistics.Cell;
import org.hazardledger.model.HazardStatistics.CategoryRow;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.model.HazardStatistics.GradeRow;
import org.hazardledger.model.HazardStatistics.TierRow;
import org.hazardledger.model.HazardStatistics.UnitRow;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.model.StatisticsPeriod;
import org.hazardledger.model.Tier;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * The hazard statistics of a period (季度/年度统计, the workers' congress briefing, later the
 * dashboard). Reading only; each public method is one transaction.
 */
public final class StatisticsService {

    private final Store store;

    public StatisticsService(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The figures from {@code from} to {@code to}, both included; states at the end are taken on
     * {@code to}, or today when the period has not ended yet.
     *
     * @throws DomainException {@code error.statistics.period} when a day is missing or {@code to} is before {@code from}
     */
    public HazardStatistics figures(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return store.transact(s -> figures(s, from, to));
    }

    /**
     * The dashboard's figures for {@code filter}: its unit means that unit and everything below it,
     * its tier the rectifying tier, its category the hazard category code. Compliance cells cover the
     * active units of the unit's subtree (at the filter's tier when given); participation counts the
     * workers of the subtree and, among them, the finders of hazards of the filter's tier and category.
     * Reading only, one transaction.
     */
    public Dashboard dashboard(DashboardFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return store.transact(s -> DashboardFigures.build(s, filter));
    }

    /**
     * Every figure of a quarter or a year: the hazard figures, by form and source, participation and
     * round compliance (see {@link PeriodFigures}). Reading only, one transaction.
     */
    public PeriodFigures period(StatisticsPeriod period) {
        Objects.requireNonNull(period, "period");
        return store.transact(s -> DashboardFigures.period(s, period));
    }

    /** The briefing of the period: its figures, its major hazards and the hazards overdue at its end. */
    public HazardBriefing briefing(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return store.transact(s -> {
            HazardStatistics figures = figures(s, from, to);
            return new HazardBriefing(figures, s.statistics().majorHazards(from, to, figures.asOf()),
                    s.statistics().overdue(figures.asOf()));
        });
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("error.statistics.period", String.valueOf(from), String.valueOf(to));
        }
    }

    /** The day states "at the end" are taken on: {@code to}, or today when the period has not ended yet. */
    static LocalDate asOf(StoreSession s, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(s.clock());
        return to.isAfter(today) && !from.isAfter(today) ? today : to;
    }

    static HazardStatistics figures(StoreSession s, LocalDate from, LocalDate to) {
        LocalDate asOf = asOf(s, from, to);
        List<Cell> cells = s.statistics().cells(from, to, asOf);
        Counts total = sum(cells, c -> true);
        Counts major = sum(cells, c -> c.grade() == Grade.MAJOR);
        int foundClosed = cells.stream().mapToInt(Cell::foundClosed).sum();
        BigDecimal funds = cells.stream().map(Cell::funds).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HazardStatistics(from, to, asOf, total, foundClosed, major, funds, byTier(cells),
                byCategory(cells, s.catalogs().list(CatalogEntry.HAZARD_CATEGORY)),
                byUnit(cells, s.organisation().units()), byGrade(cells), s.statistics().union(from, to));
    }

    private static Counts sum(List<Cell> cells, java.util.function.Predicate<Cell> which) {
        return cells.stream().filter(which).map(Cell::counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static List<TierRow> byTier(List<Cell> cells) {
        Map<Tier, Counts> sums = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            sums.put(t, Counts.ZERO);
        }
        cells.forEach(c -> sums.merge(c.tier(), c.counts(), Counts::plus));
        return sums.entrySet().stream().map(e -> new TierRow(e.getKey(), e.getValue())).toList();
    }

    /** In catalogue order; a code the catalogue no longer holds comes last, named by its code. */
    private static List<CategoryRow> byCategory(List<Cell> cells, List<CatalogEntry> catalogue) {
        Map<String, Counts> sums = group(cells, Cell::category);
        List<CategoryRow> rows = new ArrayList<>();
        for (CatalogEntry e : catalogue) {
            Counts counts = sums.remove(e.code());
            if (counts != null) {
                rows.add(new CategoryRow(e.code(), e.nameZh(), counts));
            }
        }
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new CategoryRow(e.getKey(), e.getKey(), e.getValue())));
        return rows;
    }

    /**
     * Rolled up to the workshop a hazard's unit belongs to, or to the plant for units above any
     * workshop; plants and workshops in code order, the plant's own row first.
     */
    private static List<UnitRow> byUnit(List<Cell> cells, List<OrgUnit> units) {
        Map<UUID, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<UUID, Counts> sums = new HashMap<>();
        for (Cell c : cells) {
            UUID key = rollUp(c.unitId(), byId);
            sums.merge(key, c.counts(), Counts::plus);
        }
        return sums.keySet().stream().sorted(unitOrder(byId)).map(id -> {
            OrgUnit unit = byId.get(id);
            OrgUnit plant = plantOf(id, byId);
            String plantName = plant == null ? (unit == null ? "" : unit.name()) : plant.name();
            String workshopName = unit != null && unit.tier() == Tier.WORKSHOP ? unit.name() : null;
            return new UnitRow(plantName, workshopName, sums.get(id));
        }).toList();
    }

    /** Plants in code order, each plant's own row first, then its workshops in code order. */
    static Comparator<UUID> unitOrder(Map<UUID, OrgUnit> byId) {
        return Comparator.comparing((UUID id) -> plantOf(id, byId), Comparator.nullsLast(
                        Comparator.comparing(OrgUnit::code)))
                .thenComparing(id -> byId.get(id) != null && byId.get(id).tier() == Tier.WORKSHOP)
                .thenComparing(id -> byId.get(id) == null ? "" : byId.get(id).code());
    }

    /** The workshop at or above {@code unitId}, else the topmost unit (the plant). */
    static UUID rollUp(UUID unitId, Map<UUID, OrgUnit> byId) {
        OrgUnit u = byId.get(unitId);
        while (u != null) {
            if (u.tier() == Tier.WORKSHOP || u.parentId() == null || !byId.containsKey(u.parentId())) {
                return u.id();
            }
            u = byId.get(u.parentId());
        }
        return unitId;
    }

    private static OrgUnit plantOf(UUID unitId, Map<UUID, OrgUnit> byId) {
        OrgUnit u = byId.get(unitId);
        while (u != null && u.parentId() != null && byId.containsKey(u.parentId())) {
            u = byId.get(u.parentId());
        }
        return u;
    }

    /** General sub-grades in order (none last), then major. */
    private static List<GradeRow> byGrade(List<Cell> cells) {
        Map<String, Counts> general = new java.util.TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Counts major = Counts.ZERO;
        for (Cell c : cells) {
            if (c.grade() == Grade.MAJOR) {
                major = major.plus(c.counts());
            } else {
                String sub = c.subGrade() == null || c.subGrade().isBlank() ? null : c.subGrade().strip();
                general.merge(sub, c.counts(), Counts::plus);
            }
        }
        if (general.isEmpty()) {
            general.put(null, Counts.ZERO);
        }
        List<GradeRow> rows = new ArrayList<>();
        general.forEach((sub, counts) -> rows.add(new GradeRow(Grade.GENERAL, sub, counts)));
        // both grades always show, so a table with no major hazard says 0 rather than leaving the line out
        rows.add(new GradeRow(Grade.MAJOR, null, major));
        return rows;
    }

    private static <K> Map<K, Counts> group(List<Cell> cells, Function<Cell, K> key) {
        Map<K, Counts> sums = new LinkedHashMap<>();
        cells.forEach(c -> sums.merge(key.apply(c), c.counts(), Counts::plus));
        return sums;
    }
}
