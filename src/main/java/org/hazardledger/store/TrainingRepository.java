package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.DRILL_FINDING;
import static org.hazardledger.store.jooq.Tables.DRILL_PARTICIPANT;
import static org.hazardledger.store.jooq.Tables.EMERGENCY_DRILL;
import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.TRAINING_ATTENDEE;
import static org.hazardledger.store.jooq.Tables.TRAINING_SESSION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Attendee;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingKind;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.store.jooq.tables.records.EmergencyDrillRecord;
import org.hazardledger.store.jooq.tables.records.TrainingSessionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Training sessions and emergency drills, with attendees and findings. */
public final class TrainingRepository {

    private final DSLContext dsl;
    private final Clock clock;

    TrainingRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    // training sessions -----------------------------------------------------------------------

    public void insert(TrainingSession t) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        TrainingSessionRecord r = dsl.newRecord(TRAINING_SESSION);
        r.setId(t.id());
        r.setRevision(1);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setKind(t.kind().name());
        r.setTopic(t.topic());
        r.setHeldOn(t.heldOn());
        r.setHours(t.hours());
        r.setTrainer(t.trainer());
        r.setUnitId(t.unitId());
        r.setEvaluation(t.evaluation());
        r.setRecordedBy(t.recordedBy());
        r.insert();
        for (TrainingAttendance a : t.attendees()) {
            dsl.insertInto(TRAINING_ATTENDEE).set(TRAINING_ATTENDEE.SESSION_ID, t.id())
                    .set(TRAINING_ATTENDEE.PERSON_ID, a.personId()).set(TRAINING_ATTENDEE.PASSED, a.passed())
                    .set(TRAINING_ATTENDEE.SCORE, a.score()).execute();
        }
    }

    public Optional<TrainingSession> session(UUID id) {
        return sessions(TRAINING_SESSION.ID.eq(id)).stream().findFirst();
    }

    /** The sessions held between the two days (both included; null = open), newest first. */
    public List<TrainingSession> sessions(LocalDate from, LocalDate to) {
        return sessions(period(TRAINING_SESSION.HELD_ON, from, to));
    }

    /** The sessions {@code personId} attended between the two days, newest first. */
    public List<TrainingSession> sessionsOf(UUID personId, LocalDate from, LocalDate to) {
        return sessions(period(TRAINING_SESSION.HELD_ON, from, to).and(TRAINING_SESSION.ID.in(
                DSL.select(TRAINING_ATTENDEE.SESSION_ID).from(TRAINING_ATTENDEE)
                        .where(TRAINING_ATTENDEE.PERSON_ID.eq(personId)))));
    }

    /** The hours of the sessions {@code personId} attended on {@code day}. */
    public BigDecimal hoursOn(UUID personId, LocalDate day) {
        BigDecimal sum = dsl.select(DSL.sum(TRAINING_SESSION.HOURS)).from(TRAINING_SESSION)
                .join(TRAINING_ATTENDEE).on(TRAINING_ATTENDEE.SESSION_ID.eq(TRAINING_SESSION.ID))
                .where(TRAINING_ATTENDEE.PERSON_ID.eq(personId).and(TRAINING_SESSION.HELD_ON.eq(day))
                        .and(TRAINING_SESSION.DELETED.isFalse()))
                .fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public int sessionCount() {
        return dsl.fetchCount(TRAINING_SESSION, TRAINING_SESSION.DELETED.isFalse());
    }

    private List<TrainingSession> sessions(Condition c) {
        var rows = dsl.select(TRAINING_SESSION.fields()).select(ORG_UNIT.NAME).from(TRAINING_SESSION)
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(TRAINING_SESSION.UNIT_ID))
                .where(c.and(TRAINING_SESSION.DELETED.isFalse()))
                .orderBy(TRAINING_SESSION.HELD_ON.desc(), TRAINING_SESSION.CREATED_AT.desc(), TRAINING_SESSION.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(r -> r.get(TRAINING_SESSION.ID));
        Map<UUID, List<TrainingAttendance>> attendees = new LinkedHashMap<>();
        dsl.select(TRAINING_ATTENDEE.SESSION_ID, TRAINING_ATTENDEE.PERSON_ID, PERSON.NAME, TRAINING_ATTENDEE.PASSED,
                        TRAINING_ATTENDEE.SCORE)
                .from(TRAINING_ATTENDEE).join(PERSON).on(PERSON.ID.eq(TRAINING_ATTENDEE.PERSON_ID))
                .where(TRAINING_ATTENDEE.SESSION_ID.in(ids))
                .orderBy(PERSON.EMPLOYEE_NO)
                .forEach(r -> attendees.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new TrainingAttendance(r.value2(), r.value3(), r.value4(), r.value5())));
        return rows.map(r -> new TrainingSession(r.get(TRAINING_SESSION.ID), r.get(TRAINING_SESSION.REVISION),
                TrainingKind.valueOf(r.get(TRAINING_SESSION.KIND)), r.get(TRAINING_SESSION.TOPIC),
                r.get(TRAINING_SESSION.HELD_ON), r.get(TRAINING_SESSION.HOURS), r.get(TRAINING_SESSION.TRAINER),
                r.get(TRAINING_SESSION.UNIT_ID), r.get(ORG_UNIT.NAME), r.get(TRAINING_SESSION.EVALUATION),
                attendees.getOrDefault(r.get(TRAINING_SESSION.ID), List.of()), r.get(TRAINING_SESSION.RECORDED_BY)));
    }

    // drills -----------------------------------------------------------------------------------

    public void insert(EmergencyDrill d) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        EmergencyDrillRecord r = dsl.newRecord(EMERGENCY_DRILL);
        r.setId(d.id());
        r.setRevision(1);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setScenario(d.scenario());
        r.setHeldOn(d.heldOn());
        r.setUnitId(d.unitId());
        r.setEvaluation(d.evaluation());
        r.setRecordedBy(d.recordedBy());
        r.insert();
        for (Attendee p : d.participants()) {
            dsl.insertInto(DRILL_PARTICIPANT).set(DRILL_PARTICIPANT.DRILL_ID, d.id())
                    .set(DRILL_PARTICIPANT.PERSON_ID, p.personId()).execute();
        }
        for (DrillFinding f : d.findings()) {
            dsl.insertInto(DRILL_FINDING).set(DRILL_FINDING.ID, f.id()).set(DRILL_FINDING.DRILL_ID, d.id())
                    .set(DRILL_FINDING.POSITION, f.position()).set(DRILL_FINDING.TEXT, f.text())
                    .set(DRILL_FINDING.HAZARD_ID, f.hazardId()).execute();
        }
    }

    public Optional<EmergencyDrill> drill(UUID id) {
        return drills(EMERGENCY_DRILL.ID.eq(id)).stream().findFirst();
    }

    /** The drill a finding belongs to. */
    public Optional<EmergencyDrill> drillOfFinding(UUID findingId) {
        return drills(EMERGENCY_DRILL.ID.in(DSL.select(DRILL_FINDING.DRILL_ID).from(DRILL_FINDING)
                .where(DRILL_FINDING.ID.eq(findingId)))).stream().findFirst();
    }

    public List<EmergencyDrill> drills(LocalDate from, LocalDate to) {
        return drills(period(EMERGENCY_DRILL.HELD_ON, from, to));
    }

    public List<EmergencyDrill> drillsOf(UUID personId, LocalDate from, LocalDate to) {
        return drills(period(EMERGENCY_DRILL.HELD_ON, from, to).and(EMERGENCY_DRILL.ID.in(
                DSL.select(DRILL_PARTICIPANT.DRILL_ID).from(DRILL_PARTICIPANT)
                        .where(DRILL_PARTICIPANT.PERSON_ID.eq(personId)))));
    }

    /**
     * Links a finding to the hazard it became, if it is not linked yet; false when another desk got
     * there first. Bumps the drill's revision.
     */
    public boolean linkFinding(UUID findingId, UUID hazardId) {
        int updated = dsl.update(DRILL_FINDING).set(DRILL_FINDING.HAZARD_ID, hazardId)
                .where(DRILL_FINDING.ID.eq(findingId).and(DRILL_FINDING.HAZARD_ID.isNull())).execute();
        if (updated == 1) {
            dsl.update(EMERGENCY_DRILL).set(EMERGENCY_DRILL.REVISION, EMERGENCY_DRILL.REVISION.plus(1))
                    .set(EMERGENCY_DRILL.UPDATED_AT, OffsetDateTime.now(clock))
                    .where(EMERGENCY_DRILL.ID.in(DSL.select(DRILL_FINDING.DRILL_ID).from(DRILL_FINDING)
                            .where(DRILL_FINDING.ID.eq(findingId)))).execute();
        }
        return updated == 1;
    }

    public int drillCount() {
        return dsl.fetchCount(EMERGENCY_DRILL, EMERGENCY_DRILL.DELETED.isFalse());
    }

    private List<EmergencyDrill> drills(Condition c) {
        var rows = dsl.select(EMERGENCY_DRILL.fields()).select(ORG_UNIT.NAME).from(EMERGENCY_DRILL)
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(EMERGENCY_DRILL.UNIT_ID))
                .where(c.and(EMERGENCY_DRILL.DELETED.isFalse()))
                .orderBy(EMERGENCY_DRILL.HELD_ON.desc(), EMERGENCY_DRILL.CREATED_AT.desc(), EMERGENCY_DRILL.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(r -> r.get(EMERGENCY_DRILL.ID));
        Map<UUID, List<Attendee>> participants = new LinkedHashMap<>();
        dsl.select(DRILL_PARTICIPANT.DRILL_ID, DRILL_PARTICIPANT.PERSON_ID, PERSON.NAME)
                .from(DRILL_PARTICIPANT).join(PERSON).on(PERSON.ID.eq(DRILL_PARTICIPANT.PERSON_ID))
                .where(DRILL_PARTICIPANT.DRILL_ID.in(ids)).orderBy(PERSON.EMPLOYEE_NO)
                .forEach(r -> participants.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Attendee(r.value2(), r.value3())));
        Map<UUID, List<DrillFinding>> findings = new LinkedHashMap<>();
        dsl.select(DRILL_FINDING.ID, DRILL_FINDING.DRILL_ID, DRILL_FINDING.POSITION, DRILL_FINDING.TEXT,
                        DRILL_FINDING.HAZARD_ID, HAZARD.NUMBER)
                .from(DRILL_FINDING).leftJoin(HAZARD).on(HAZARD.ID.eq(DRILL_FINDING.HAZARD_ID))
                .where(DRILL_FINDING.DRILL_ID.in(ids)).orderBy(DRILL_FINDING.POSITION)
                .forEach(r -> findings.computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(new DrillFinding(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return rows.map(r -> new EmergencyDrill(r.get(EMERGENCY_DRILL.ID), r.get(EMERGENCY_DRILL.REVISION),
                r.get(EMERGENCY_DRILL.SCENARIO), r.get(EMERGENCY_DRILL.HELD_ON), r.get(EMERGENCY_DRILL.UNIT_ID),
                r.get(ORG_UNIT.NAME), participants.getOrDefault(r.get(EMERGENCY_DRILL.ID), List.of()),
                r.get(EMERGENCY_DRILL.EVALUATION), findings.getOrDefault(r.get(EMERGENCY_DRILL.ID), List.of()),
                r.get(EMERGENCY_DRILL.RECORDED_BY)));
    }

    private static Condition period(org.jooq.Field<LocalDate> day, LocalDate from, LocalDate to) {
        Condition c = DSL.trueCondition();
        if (from != null) {
            c = c.and(day.ge(from));
        }
        if (to != null) {
            c = c.and(day.le(to));
        }
        return c;
    }
}
