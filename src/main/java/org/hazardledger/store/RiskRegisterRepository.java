package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.LEC_BAND;
import static org.hazardledger.store.jooq.Tables.LEC_FACTOR;
import static org.hazardledger.store.jooq.Tables.MAJOR_CRITERION;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.RISK_POINT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Industry;
import org.hazardledger.model.Lec;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskColourTable;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.Tier;
import org.hazardledger.store.jooq.tables.Person;
import org.hazardledger.store.jooq.tables.records.RiskPointRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The risk register (risk points, the LEC colour table, hazard links) and the major-hazard criteria library. */
public final class RiskRegisterRepository {

    private final DSLContext dsl;
    private final Clock clock;

    RiskRegisterRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    // --- risk points -----------------------------------------------------------------------------

    public void insert(RiskPoint p) {
        RiskPointRecord r = dsl.newRecord(RISK_POINT);
        write(p, r);
        r.setCreatedAt(OffsetDateTime.now(clock));
        r.setRevision(1);
        r.setChangeSeq(ChangeSequence.next(dsl));
        r.insert();
    }

    /** Many points at once (the demo). */
    public void insertAll(List<RiskPoint> points) {
        for (RiskPoint p : points) {
            insert(p);
        }
    }

    /** Saves the point if its revision still matches what was read; returns it with the new revision. */
    public RiskPoint update(RiskPoint p) {
        RiskPointRecord r = dsl.newRecord(RISK_POINT);
        write(p, r);
        r.setRevision(p.revision() + 1);
        r.setChangeSeq(ChangeSequence.next(dsl));
        r.changed(RISK_POINT.ID, false);
        r.changed(RISK_POINT.CREATED_AT, false);
        r.changed(RISK_POINT.DELETED, false);
        int updated = dsl.update(RISK_POINT).set(r)
                .where(RISK_POINT.ID.eq(p.id()).and(RISK_POINT.REVISION.eq(p.revision()))).execute();
        if (updated != 1) {
            throw new StaleRecordException("error.riskPoint.stale", p.name());
        }
        return new RiskPoint(p.id(), p.revision() + 1, p.unitId(), p.name(), p.location(), p.hazardFactors(), p.lec(),
                p.colour(), p.controlMeasures(), p.responsibleId(), p.retired());
    }

    private void write(RiskPoint p, RiskPointRecord r) {
        r.setId(p.id());
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setUnitId(p.unitId());
        r.setName(p.name());
        r.setLocation(p.location());
        r.setHazardFactors(p.hazardFactors());
        r.setLecL(p.lec().likelihood());
        r.setLecE(p.lec().exposure());
        r.setLecC(p.lec().consequence());
        r.setLecD(p.lec().score());
        r.setRiskLevel(p.level().name());
        r.setRiskColour(p.colour().name());
        r.setControlMeasures(p.controlMeasures());
        r.setResponsibleId(p.responsibleId());
        r.setRetired(p.retired());
    }

    private static RiskPoint toPoint(RiskPointRecord r) {
        return new RiskPoint(r.getId(), r.getRevision(), r.getUnitId(), r.getName(), r.getLocation(),
                r.getHazardFactors(), new Lec(r.getLecL(), r.getLecE(), r.getLecC()),
                RiskColour.valueOf(r.getRiskColour()), r.getControlMeasures(), r.getResponsibleId(), r.getRetired());
    }

    public Optional<RiskPoint> byId(UUID id) {
        return dsl.selectFrom(RISK_POINT).where(RISK_POINT.ID.eq(id).and(RISK_POINT.DELETED.isFalse()))
                .fetchOptional(RiskRegisterRepository::toPoint);
    }

    /** The points of the given units (empty: every unit), retired ones only when asked, most severe first. */
    public List<RiskPoint> list(Collection<UUID> units, boolean withRetired) {
        Condition c = RISK_POINT.DELETED.isFalse();
        if (!units.isEmpty()) {
            c = c.and(RISK_POINT.UNIT_ID.in(units));
        }
        if (!withRetired) {
            c = c.and(RISK_POINT.RETIRED.isFalse());
        }
        return dsl.selectFrom(RISK_POINT).where(c).orderBy(RISK_POINT.LEC_D.desc(), RISK_POINT.NAME)
                .fetch(RiskRegisterRepository::toPoint);
    }

    /** How many hazards each point has linked: [all, open]. */
    public Map<UUID, int[]> hazardCounts() {
        List<String> open = Arrays.stream(HazardStatus.values()).filter(HazardStatus::isOpen).map(Enum::name).toList();
        Map<UUID, int[]> counts = new HashMap<>();
        dsl.select(HAZARD.RISK_POINT_ID, DSL.count(),
                        DSL.count().filterWhere(HAZARD.STATUS.in(open)))
                .from(HAZARD).where(HAZARD.RISK_POINT_ID.isNotNull().and(HAZARD.DELETED.isFalse()))
                .groupBy(HAZARD.RISK_POINT_ID)
                .forEach(r -> counts.put(r.value1(), new int[] {r.value2(), r.value3()}));
        return counts;
    }

    /** Colours every point of {@code level} anew (after the colour table changed). */
    public void recolour(Lec.Level level, RiskColour colour) {
        dsl.update(RISK_POINT)
                .set(RISK_POINT.RISK_COLOUR, colour.name())
                .set(RISK_POINT.REVISION, RISK_POINT.REVISION.plus(1))
                .set(RISK_POINT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(RISK_POINT.CHANGE_SEQ, ChangeSequence.next(dsl))
                .where(RISK_POINT.RISK_LEVEL.eq(level.name()).and(RISK_POINT.RISK_COLOUR.ne(colour.name())))
                .execute();
    }

    // --- hazards and their risk point ------------------------------------------------------------

    /** The risk point a hazard is linked to. */
    public Optional<UUID> riskPointOf(UUID hazardId) {
        return dsl.select(HAZARD.RISK_POINT_ID).from(HAZARD).where(HAZARD.ID.eq(hazardId))
                .fetchOptional(HAZARD.RISK_POINT_ID);
    }

    /**
     * Links a hazard to a risk point (null: unlinks it) if the hazard's revision still matches;
     * the hazard travels again (new revision and change sequence).
     */
    public void link(Hazard h, UUID riskPointId) {
        int updated = dsl.update(HAZARD)
                .set(HAZARD.RISK_POINT_ID, riskPointId)
                .set(HAZARD.REVISION, h.revision() + 1)
                .set(HAZARD.UPDATED_AT, OffsetDateTime.now(clock))
                .set(HAZARD.CHANGE_SEQ, ChangeSequence.next(dsl))
                .where(HAZARD.ID.eq(h.id()).and(HAZARD.REVISION.eq(h.revision())))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException(h.number().toString());
        }
    }

    /** The hazards linked to a risk point, newest first. */
    public List<HazardRow> hazardsOf(UUID riskPointId, LocalDate today) {
        Person responsible = PERSON.as("responsible");
        return dsl.select(HAZARD.ID, HAZARD.NUMBER, HAZARD.FOUND_ON, ORG_UNIT.NAME, HAZARD.PLACE, HAZARD.CATEGORY,
                        HAZARD.HAZARD_FORM, HAZARD.GRADE, HAZARD.STATUS, HAZARD.RECTIFYING_TIER, responsible.NAME,
                        HAZARD.DEADLINE, HAZARD.DESCRIPTION, HAZARD.CLOSED_ON)
                .from(HAZARD)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(HAZARD.UNIT_ID))
                .leftJoin(responsible).on(responsible.ID.eq(HAZARD.RESPONSIBLE_ID))
                .where(HAZARD.RISK_POINT_ID.eq(riskPointId).and(HAZARD.DELETED.isFalse()))
                .orderBy(HAZARD.FOUND_ON.desc(), HAZARD.NUMBER.desc())
                .fetch(rec -> {
                    HazardStatus status = HazardStatus.valueOf(rec.get(HAZARD.STATUS));
                    LocalDate deadline = rec.get(HAZARD.DEADLINE);
                    return new HazardRow(rec.get(HAZARD.ID), rec.get(HAZARD.NUMBER), rec.get(HAZARD.FOUND_ON),
                            rec.get(ORG_UNIT.NAME), rec.get(HAZARD.PLACE), rec.get(HAZARD.CATEGORY),
                            HazardForm.valueOf(rec.get(HAZARD.HAZARD_FORM)), Grade.valueOf(rec.get(HAZARD.GRADE)),
                            status, Tier.valueOf(rec.get(HAZARD.RECTIFYING_TIER)), rec.get(responsible.NAME),
                            deadline, Hazard.isOverdue(status, deadline, today), rec.get(HAZARD.DESCRIPTION),
                rec.get(HAZARD.CLOSED_ON));
                });
    }

    // --- the LEC tables ----------------------------------------------------------------------------

    /** The colour of each LEC level, as the enterprise configured it (lec_band). */
    public RiskColourTable colourTable() {
        Map<Lec.Level, RiskColour> colours = new EnumMap<>(Lec.Level.class);
        dsl.select(LEC_BAND.BAND_LEVEL, LEC_BAND.RISK_COLOUR).from(LEC_BAND).forEach(r -> {
            try {
                colours.put(Lec.Level.valueOf(r.value1()), RiskColour.valueOf(r.value2()));
            } catch (IllegalArgumentException unknown) {
                // a band this version does not know keeps no colour; the default fills in
            }
        });
        for (Lec.Level level : Lec.Level.values()) {
            colours.putIfAbsent(level, RiskColourTable.DEFAULT.colourOf(level));
        }
        return new RiskColourTable(colours);
    }

    public void saveColour(Lec.Level level, RiskColour colour) {
        dsl.update(LEC_BAND).set(LEC_BAND.RISK_COLOUR, colour.name()).where(LEC_BAND.BAND_LEVEL.eq(level.name()))
                .execute();
    }

    /** The labels of one LEC factor's values ("L", "E" or "C"), by value, in Chinese or English. */
    public Map<BigDecimal, String[]> factorLabels(String factor) {
        Map<BigDecimal, String[]> labels = new HashMap<>();
        dsl.selectFrom(LEC_FACTOR).where(LEC_FACTOR.FACTOR.eq(factor)).forEach(r -> labels.put(
                r.getFactorValue().stripTrailingZeros(), new String[] {r.getLabelZh(), r.getLabelEn()}));
        return labels;
    }

    // --- the major-hazard criteria library ----------------------------------------------------------

    public boolean hasCriteria() {
        return dsl.fetchExists(MAJOR_CRITERION);
    }

    public void saveCriterion(MajorCriterion c) {
        dsl.mergeInto(MAJOR_CRITERION)
                .using(dsl.selectOne())
                .on(MAJOR_CRITERION.CODE.eq(c.code()).and(MAJOR_CRITERION.CRITERION_VERSION.eq(c.version())))
                .whenMatchedThenUpdate()
                .set(MAJOR_CRITERION.INDUSTRY, c.industry() == null ? null : c.industry().name())
                .set(MAJOR_CRITERION.INSTRUMENT, c.instrument())
                .set(MAJOR_CRITERION.CLAUSE_TEXT, c.clause())
                .set(MAJOR_CRITERION.IN_FORCE_FROM, c.inForceFrom())
                .whenNotMatchedThenInsert(MAJOR_CRITERION.CODE, MAJOR_CRITERION.CRITERION_VERSION,
                        MAJOR_CRITERION.INDUSTRY, MAJOR_CRITERION.INSTRUMENT, MAJOR_CRITERION.CLAUSE_TEXT,
                        MAJOR_CRITERION.IN_FORCE_FROM)
                .values(c.code(), c.version(), c.industry() == null ? null : c.industry().name(), c.instrument(),
                        c.clause(), c.inForceFrom())
                .execute();
    }

    /** Every version of every clause. */
    public List<MajorCriterion> criteria() {
        return dsl.selectFrom(MAJOR_CRITERION).orderBy(MAJOR_CRITERION.CODE, MAJOR_CRITERION.CRITERION_VERSION)
                .fetch(r -> new MajorCriterion(r.getCode(), r.getCriterionVersion(),
                        r.getIndustry() == null ? null : Industry.valueOf(r.getIndustry()), r.getInstrument(),
                        r.getClauseText(), r.getInForceFrom()));
    }
}
