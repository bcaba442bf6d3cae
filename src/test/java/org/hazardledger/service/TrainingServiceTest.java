package org.hazardledger.service;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.FindingHazard;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingHistory;
import org.hazardledger.model.TrainingKind;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingServiceTest {

    private static final LocalDate DAY = of(2026, 6, 10);

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private LedgerFixture.SmallEnterprise e;
    private TrainingService training;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        training = ledger.campaign.training();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private TrainingDraft session(LocalDate day, String hours, UUID... people) {
        return new TrainingDraft(TrainingKind.SAFETY_TRAINING, "危险化学品安全操作", day, new BigDecimal(hours),
                "安全科 刘老师", e.workshop().id(), "考核全部合格",
                java.util.Arrays.stream(people).map(TrainingAttendance::of).toList());
    }

    private DrillDraft drill(String... findings) {
        return new DrillDraft("合成车间氨泄漏应急演练", DAY, e.workshop().id(),
                List.of(e.worker().id(), e.leader().id()), "响应及时，疏散有序", List.of(findings));
    }

    private List<EventLog.Event> audit(UUID id) {
        return ledger.store.transact(s -> s.events().forEntity(id));
    }

    private int events() {
        return ledger.store.transact(s -> s.events().count());
    }

    @Test
    void aSessionIsRecordedWithAttendeesResultsAndAnAuditEvent() {
        TrainingSession t = training.record(new TrainingDraft(TrainingKind.UNION_OFFICER, " 工会劳动保护监督检查员培训 ",
                DAY, new BigDecimal("3.5"), "市总工会 王老师", e.workshop().id(), null,
                List.of(new TrainingAttendance(e.worker().id(), null, true, new BigDecimal("92")),
                        new TrainingAttendance(e.leader().id(), null, false, null))));

        assertThat(t.topic()).isEqualTo("工会劳动保护监督检查员培训");
        List<TrainingSession> listed = training.sessions(null, null);
        assertThat(listed).hasSize(1);
        TrainingSession read = listed.get(0);
        assertThat(read.unitName()).isEqualTo("合成车间");
        assertThat(read.hours()).isEqualByComparingTo("3.5");
        assertThat(read.attendees()).extracting(TrainingAttendance::name).containsExactly("王小明", "李建国");
        assertThat(read.attendees()).extracting(TrainingAttendance::passed).containsExactly(true, false);
        assertThat(read.attendees().get(0).score()).isEqualByComparingTo("92");
        assertThat(read.passedCount()).isEqualTo(1);
        List<EventLog.Event> audit = audit(t.id());
        assertThat(audit).extracting(EventLog.Event::action).containsExactly("RECORD");
        assertThat(audit.get(0).payload()).contains("工会劳动保护监督检查员培训").contains("3.5").contains(":pass");
        assertThat(ledger.audit.verify().isIntact()).isTrue();
    }

    @Test
    void badSessionsAreRefusedFieldByFieldAndTheLedgerIsUnchanged() {
        int before = events();
        assertRefused(session(DAY, "0", e.worker().id()), TrainingDraft.HOURS, "validation.training.hoursRange");
        assertRefused(session(DAY, "-2", e.worker().id()), TrainingDraft.HOURS, "validation.training.hoursRange");
        assertRefused(session(DAY, "24.5", e.worker().id()), TrainingDraft.HOURS, "validation.training.hoursRange");
        assertRefused(session(DAY, "1.255", e.worker().id()), TrainingDraft.HOURS, "validation.training.hoursScale");
        assertRefused(session(DAY, "2"), TrainingDraft.ATTENDEES, "validation.training.noAttendees");
        assertRefused(session(LedgerFixture.TODAY.plusDays(1), "2", e.worker().id()), TrainingDraft.HELD_ON,
                "validation.campaign.dateFuture");
        assertRefused(session(DAY, "2", e.worker().id(), UUID.randomUUID()), TrainingDraft.ATTENDEES,
                "validation.training.personUnknown");
        assertRefused(session(DAY, "2", e.worker().id(), e.worker().id()), TrainingDraft.ATTENDEES,
                "validation.training.duplicateAttendee");
        assertRefused(new TrainingDraft(TrainingKind.SAFETY_TRAINING, " ", DAY, BigDecimal.ONE, "x",
                UUID.randomUUID(), null, List.of(TrainingAttendance.of(e.worker().id()))), TrainingDraft.UNIT,
                "validation.unit.unknown");
        assertRefused(new TrainingDraft(TrainingKind.SAFETY_TRAINING, "消防", DAY, BigDecimal.ONE, "x",
                e.team().id(), null, List.of(new TrainingAttendance(e.worker().id(), null, null, new BigDecimal("101")))),
                TrainingDraft.ATTENDEES, "validation.training.scoreRange");

        assertThat(training.sessions(null, null)).isEmpty();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aPersonCannotTrainMoreThanTwentyFourHoursInOneDay() {
        training.record(session(DAY, "16", e.worker().id()));
        assertRefused(session(DAY, "8.5", e.leader().id(), e.worker().id()), TrainingDraft.HOURS,
                "validation.training.personDayOver");
        training.record(session(DAY, "8", e.worker().id()));
        training.record(session(DAY.minusDays(1), "8.5", e.worker().id()));
        assertThat(training.sessions(DAY, DAY)).hasSize(2);
    }

    @Test
    void aPersonsHistoryTotalsTheHoursOfThePeriod() {
        training.record(session(of(2026, 1, 5), "4", e.worker().id(), e.leader().id()));
        training.record(session(of(2026, 3, 31), "2.5", e.worker().id()));
        training.record(session(of(2026, 4, 1), "1.25", e.worker().id()));
        training.record(session(of(2025, 12, 31), "8", e.worker().id()));
        training.record(session(of(2026, 2, 1), "6", e.leader().id()));
        training.record(drill("消防通道被杂物堵塞"));

        TrainingHistory q1 = training.history(e.worker().id(), of(2026, 1, 1), of(2026, 3, 31));
        assertThat(q1.personName()).isEqualTo("王小明");
        assertThat(q1.sessions()).hasSize(2);
        assertThat(q1.totalHours()).isEqualByComparingTo("6.5");
        assertThat(q1.drills()).isEmpty();

        TrainingHistory all = training.history(e.worker().id(), null, null);
        assertThat(all.sessions()).hasSize(4);
        assertThat(all.totalHours()).isEqualByComparingTo("15.75");
        assertThat(all.drills()).hasSize(1);
        assertThat(training.history(e.director().id(), null, null).totalHours()).isEqualByComparingTo("0");

        assertThatThrownBy(() -> training.history(UUID.randomUUID(), null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.training.personNotFound"));
        assertThatThrownBy(() -> training.history(e.worker().id(), of(2026, 4, 1), of(2026, 3, 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.training.periodReversed"));
    }

    @Test
    void aDrillIsRecordedWithParticipantsAndFindings() {
        EmergencyDrill d = training.record(drill(" 应急广播声音太小 ", "", "两名员工未佩戴空气呼吸器"));

        List<EmergencyDrill> listed = training.drills(null, null);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).participants()).extracting(a -> a.name()).containsExactly("王小明", "李建国");
        assertThat(listed.get(0).findings()).extracting(DrillFinding::text)
                .containsExactly("应急广播声音太小", "两名员工未佩戴空气呼吸器");
        assertThat(listed.get(0).findings()).extracting(DrillFinding::position).containsExactly(1, 2);
        assertThat(audit(d.id())).extracting(EventLog.Event::action)
                .containsExactly("RECORD");
    }

    @Test
    void badDrillsAreRefusedAndTheLedgerIsUnchanged() {
        int before = events();
        assertRefused(new DrillDraft("演练", DAY, e.workshop().id(), List.of(), null, List.of()),
                DrillDraft.PARTICIPANTS, "validation.drill.noParticipants");
        assertRefused(new DrillDraft("演练", LedgerFixture.TODAY.plusDays(3), e.workshop().id(),
                List.of(e.worker().id()), null, List.of()), DrillDraft.HELD_ON, "validation.campaign.dateFuture");
        assertRefused(new DrillDraft("演练", DAY, e.workshop().id(), List.of(UUID.randomUUID()), null, List.of()),
                DrillDraft.PARTICIPANTS, "validation.training.personUnknown");
        assertRefused(new DrillDraft("", DAY, e.workshop().id(), List.of(e.worker().id()), null, List.of()),
                DrillDraft.SCENARIO, "validation.required");
        assertThat(training.drills(null, null)).isEmpty();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aFindingBecomesAHazardLinkedAndAuditedInOneStep() {
        EmergencyDrill d = training.record(drill("应急广播声音太小", "两名员工未佩戴空气呼吸器"));
        DrillFinding second = d.findings().get(1);
        int hazardsBefore = countOf(ledger);

        Hazard h = training.findingToHazard(second.id(), new FindingHazard("合成车间控制室", e.leader().id(),
                "EQUIPMENT_DEFECT", HazardForm.UNSAFE_BEHAVIOUR, new Grading(Grade.GENERAL, "B", null, null, Tier.WORKSHOP)));

        assertThat(countOf(ledger)).isEqualTo(hazardsBefore + 1);
        Hazard saved = ledger.hazards.byNumber(h.number().toString()).orElseThrow();
        assertThat(saved.registration().foundOn()).isEqualTo(DAY);
        assertThat(saved.registration().unitId()).isEqualTo(e.workshop().id());
        assertThat(saved.registration().source()).isEqualTo(HazardSource.SPECIAL_INSPECTION);
        assertThat(saved.registration().description()).isEqualTo("两名员工未佩戴空气呼吸器");
        EmergencyDrill read = training.drills(null, null).get(0);
        assertThat(read.findings().get(1).hazardId()).isEqualTo(h.id());
        assertThat(read.findings().get(1).hazardNumber()).isEqualTo(h.number().toString());
        assertThat(read.findings().get(0).isHazard()).isFalse();
        assertThat(read.revision()).isEqualTo(2);
        assertThat(audit(d.id())).extracting(EventLog.Event::action)
                .containsExactly("RECORD", "FINDING_TO_HAZARD");
        assertThat(audit(h.id())).extracting(EventLog.Event::action)
                .containsExactly("REGISTER");
        assertThat(ledger.audit.verify().isIntact()).isTrue();

        // once only
        int events = events();
        assertThatThrownBy(() -> training.findingToHazard(second.id(), new FindingHazard("控制室", e.leader().id(),
                "EQUIPMENT_DEFECT", HazardForm.UNSAFE_BEHAVIOUR, new Grading(Grade.GENERAL, "B", null, null, Tier.WORKSHOP))))
                .isInstanceOfSatisfying(DomainException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("error.drill.findingAlreadyHazard");
                    assertThat(x.args()).containsExactly(h.number().toString());
                });
        assertThat(countOf(ledger)).isEqualTo(hazardsBefore + 1);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aFindingTheHazardRegisterRefusesLeavesNoHazardAndNoLink() {
        EmergencyDrill d = training.record(drill("应急广播声音太小"));
        int hazardsBefore = countOf(ledger);
        int events = events();

        // a team tier cannot rectify what the workshop found: the register's own rule
        assertThatThrownBy(() -> training.findingToHazard(d.findings().get(0).id(), new FindingHazard("", null,
                "NO_SUCH_CATEGORY", HazardForm.UNSAFE_STATE, new Grading(Grade.GENERAL, null, null, null, Tier.WORKSHOP))))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field)
                        .contains(HazardDraft.PLACE, HazardDraft.FINDER, HazardDraft.CATEGORY));
        assertThatThrownBy(() -> training.findingToHazard(UUID.randomUUID(), null))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.drill.findingNotFound"));

        assertThat(countOf(ledger)).isEqualTo(hazardsBefore);
        assertThat(training.drills(null, null).get(0).findings().get(0).isHazard()).isFalse();
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aUnitHeadRecordsOnlyForItsUnitsAndAProcessNotAtAll() {
        OrgUnit plant2 = ledger.organisation.addUnit(null, Tier.PLANT, "P2", "二厂");
        ledger.signIn("车间主任 (zhuren)", AccountRole.UNIT_HEAD, e.workshop());
        training.record(session(DAY, "2", e.worker().id()));
        assertThatThrownBy(() -> training.record(new TrainingDraft(TrainingKind.SAFETY_TRAINING, "消防", DAY,
                BigDecimal.ONE, "x", plant2.id(), null, List.of(TrainingAttendance.of(e.worker().id())))))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.training.outsideScope"));
        ledger.session.signOut();
        assertThat(training.canRecord()).isFalse();
        assertThatThrownBy(() -> training.record(session(DAY, "2", e.worker().id())))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.campaign.signInRequired"));
        assertThat(training.sessions(null, null)).hasSize(1);
    }

    private static int countOf(LedgerFixture l) {
        return l.hazards.count(org.hazardledger.model.HazardQuery.ALL);
    }

    private void assertRefused(TrainingDraft draft, String field, String key) {
        assertThatThrownBy(() -> training.record(draft)).isInstanceOfSatisfying(ValidationException.class,
                v -> assertThat(v.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }

    private void assertRefused(DrillDraft draft, String field, String key) {
        assertThatThrownBy(() -> training.record(draft)).isInstanceOfSatisfying(ValidationException.class,
                v -> assertThat(v.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }
}
