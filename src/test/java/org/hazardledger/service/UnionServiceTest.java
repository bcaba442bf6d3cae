package org.hazardledger.service;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.ClockState;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.model.UnionRecordStatus;
import org.hazardledger.model.ValidationException;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnionServiceTest {

    private static final LocalDate FRIDAY = of(2026, 6, 12);

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private LedgerFixture.SmallEnterprise e;
    private Hazard valve;
    private Hazard elsewhere;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        valve = ledger.hazards.register(e.leakingValve(FRIDAY));
        OrgUnit plant2 = ledger.organisation.addUnit(null, Tier.PLANT, "P2", "二厂");
        elsewhere = ledger.hazards.register(new org.hazardledger.model.HazardDraft(
                new org.hazardledger.model.Registration(plant2.id(), "原料库", FRIDAY, null, true,
                        org.hazardledger.model.HazardSource.PLANT_CHECK, "EQUIPMENT_DEFECT",
                        org.hazardledger.model.HazardForm.UNSAFE_STATE, "灭火器过期"),
                new org.hazardledger.model.Grading(org.hazardledger.model.Grade.GENERAL, "C", null, null, Tier.PLANT)));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private UnionRecordDraft proposal(String... numbers) {
        return new UnionRecordDraft(UnionRecordKind.PROPOSAL, List.of(numbers), FRIDAY, FRIDAY,
                "进料阀渗漏，积液未清理", "立即更换垫片并清理积液");
    }

    private UnionRecord issueAsWorkshopUnion(UnionRecordDraft draft) {
        ledger.signIn("车间分会主席 (chair)", AccountRole.UNION_MEMBER, e.workshop());
        return ledger.union.issue(draft);
    }

    @Test
    void aUnionMemberIssuesAProposalDueFifteenWorkingDaysAfterDeliveryOverTheDragonBoatHoliday() {
        UnionRecord r = issueAsWorkshopUnion(proposal(valve.number().toString()));

        assertThat(r.number()).isEqualTo("GH-2026-0001");
        assertThat(r.status()).isEqualTo(UnionRecordStatus.OPEN);
        assertThat(r.issuerTier()).isEqualTo(Tier.WORKSHOP);
        assertThat(r.replyDays()).isEqualTo(15);
        List<UnionRecordRow> rows = ledger.union.list(UnionQuery.ALL);
        assertThat(rows).hasSize(1);
        UnionRecordRow row = rows.get(0);
        assertThat(row.hazardNumbers()).containsExactly(valve.number().toString());
        assertThat(row.issuerUnitName()).isEqualTo("合成车间");
        assertThat(row.record().issuedBy()).isEqualTo("车间分会主席 (chair)");
        // 13 Jun is the first day counted; 19 Jun (端午) is a holiday in the seed, so 6 Jul not 3 Jul
        assertThat(row.due()).isEqualTo(of(2026, 7, 6));
        assertThat(row.clockState()).isEqualTo(ClockState.PENDING);
        assertThat(row.alarming()).isFalse();
        assertThat(ledger.union.issue(proposal(valve.number().toString())).number()).isEqualTo("GH-2026-0002");
    }

    @Test
    void theHolidayScheduleIsLoadedWithTheReferenceData() {
        WorkingCalendar calendar = ledger.referenceData.workingCalendar();
        assertThat(calendar.isWorkingDay(of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(calendar.hasScheduleFor(Year.of(2025))).isTrue();
    }

    @Test
    void aLedgerWithoutHolidaysGetsThemWhenOpened() {
        ledger.close();
        LedgerSql.execute(dir, "DELETE FROM calendar_day");
        ledger = new LedgerFixture(dir);
        assertThat(ledger.referenceData.workingCalendar().isWorkingDay(of(2026, 10, 1))).isTrue();

        ledger.referenceData.loadMissingHolidays();

        assertThat(ledger.referenceData.workingCalendar().isWorkingDay(of(2026, 10, 1))).isFalse();
    }

    @Test
    void aClerkCannotIssue() {
        assertThatThrownBy(() -> ledger.union.issue(proposal(valve.number().toString())))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.union.issuerRole"));
        assertThat(ledger.union.list(UnionQuery.ALL)).isEmpty();
    }

    @Test
    void aUnionMemberCannotIssueOnAHazardOutsideItsUnits() {
        assertThatThrownBy(() -> issueAsWorkshopUnion(proposal(valve.number().toString(),
                elsewhere.number().toString())))
                .isInstanceOfSatisfying(DomainException.class, d -> {
                    assertThat(d.messageKey()).isEqualTo("error.union.outsideScope");
                    assertThat(d.args()).containsExactly(elsewhere.number().toString());
                });
        assertThat(ledger.union.list(UnionQuery.ALL)).isEmpty();
        // the enterprise union (no scope unit) may speak on any hazard
        ledger.signIn("企业工会主席 (union)", AccountRole.UNION_MEMBER, null);
        assertThat(ledger.union.issue(proposal(elsewhere.number().toString())).issuerTier()).isNull();
    }

    @Test
    void anUnknownHazardNumberIsRefusedAtTheHazardsField() {
        assertThatThrownBy(() -> issueAsWorkshopUnion(proposal("YH-2026-06-9999")))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors()).containsExactly(
                        FieldError.of(UnionRecordDraft.HAZARDS, "validation.union.hazardUnknown", "YH-2026-06-9999")));
    }

    @Test
    void aUnionMemberCannotAnswer() {
        UnionRecord r = issueAsWorkshopUnion(proposal(valve.number().toString()));
        assertThatThrownBy(() -> ledger.union.answer(r.id(), r.revision(), new UnionAnswer("已整改", FRIDAY)))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.union.answererRole"));
    }

    @Test
    void anAnswerBeforeDeliveryIsRefusedAndTheRecordStaysOpen() {
        UnionRecord r = issueAsWorkshopUnion(proposal(valve.number().toString()));
        ledger.session.signIn(LedgerFixture.CLERK);
        assertThatThrownBy(() -> ledger.union.answer(r.id(), r.revision(), new UnionAnswer("已整改", of(2026, 6, 11))))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.union.answerBeforeDelivery"));
        assertThat(ledger.union.forHazard(valve.id())).singleElement()
                .satisfies(row -> assertThat(row.record().status()).isEqualTo(UnionRecordStatus.OPEN));
    }

    @Test
    void theClerkAnswersOnceAndBothStepsAreAudited() {
        UnionRecord r = issueAsWorkshopUnion(proposal(valve.number().toString()));
        ledger.session.signIn(LedgerFixture.CLERK);

        UnionRecord answered = ledger.union.answer(r.id(), r.revision(), new UnionAnswer("已更换垫片", of(2026, 6, 15)));

        assertThat(answered.status()).isEqualTo(UnionRecordStatus.ANSWERED);
        assertThat(answered.answeredBy()).isEqualTo(LedgerFixture.CLERK.name());
        UnionRecordRow row = ledger.union.forHazard(valve.id()).get(0);
        assertThat(row.clockState()).isEqualTo(ClockState.ANSWERED_IN_TIME);
        assertThat(row.record().answer()).isEqualTo("已更换垫片");
        List<EventLog.Event> events = ledger.store.transact(s -> s.events().forEntity(r.id()));
        assertThat(events).extracting(EventLog.Event::action).containsExactly("ISSUE", "ANSWER");
        assertThat(events).extracting(EventLog.Event::actor)
                .containsExactly("车间分会主席 (chair)", LedgerFixture.CLERK.name());
        assertThat(events.get(0).payload()).contains(valve.number().toString()).contains("PROPOSAL");
        assertThat(events.get(1).payload()).contains("已更换垫片");

        // answered records are evidence: no second answer, not even by the principal
        ledger.signIn("厂长 (boss)", AccountRole.PRINCIPAL, null);
        assertThatThrownBy(() -> ledger.union.answer(r.id(), answered.revision(), new UnionAnswer("改", of(2026, 6, 15))))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.union.answered"));
        assertThatThrownBy(() -> ledger.union.answer(r.id(), r.revision(), new UnionAnswer("改", of(2026, 6, 15))))
                .isInstanceOf(ConflictException.class);
        List<EventLog.Event> after = ledger.store.transact(s -> s.events().forEntity(r.id()));
        assertThat(after).hasSize(2);
    }

    @Test
    void anEvacuationIsRedUntilAnsweredAndTheFiltersFindIt() {
        issueAsWorkshopUnion(proposal(valve.number().toString()));
        UnionRecord evacuation = ledger.union.issue(new UnionRecordDraft(UnionRecordKind.EVACUATION,
                List.of(valve.number().toString()), LedgerFixture.TODAY, LedgerFixture.TODAY, "釜内压力异常",
                "立即撤离岗位人员"));

        UnionRecordRow row = ledger.union.list(new UnionQuery(false, UnionRecordKind.EVACUATION, null)).get(0);
        assertThat(row.record().id()).isEqualTo(evacuation.id());
        assertThat(row.due()).isEqualTo(LedgerFixture.TODAY);
        assertThat(row.clockState()).isEqualTo(ClockState.DUE_TODAY);
        assertThat(row.alarming()).isTrue();

        ledger.signIn("厂长 (boss)", AccountRole.PRINCIPAL, null);
        ledger.union.answer(evacuation.id(), evacuation.revision(), new UnionAnswer("人员已撤离", LedgerFixture.TODAY));

        assertThat(ledger.union.list(new UnionQuery(true, null, null))).extracting(r -> r.record().kind())
                .containsExactly(UnionRecordKind.PROPOSAL);
        assertThat(ledger.union.list(new UnionQuery(false, UnionRecordKind.EVACUATION, null)).get(0).alarming())
                .isFalse();
        assertThat(ledger.union.forHazard(elsewhere.id())).isEmpty();
    }

    @Test
    void theReplyPeriodIsConfigurableAndIssuedProposalsKeepTheirs() {
        UnionRecord before = issueAsWorkshopUnion(proposal(valve.number().toString()));
        assertThatThrownBy(() -> ledger.union.setReplyClock(5)).isInstanceOfSatisfying(DomainException.class,
                d -> assertThat(d.messageKey()).isEqualTo("error.union.settingRole"));

        ledger.session.signIn(LedgerFixture.CLERK);
        assertThat(ledger.union.setReplyClock(5).workingDays()).isEqualTo(5);
        assertThat(ledger.union.replyClock().workingDays()).isEqualTo(5);

        UnionRecord after = issueAsWorkshopUnion(proposal(valve.number().toString()));
        // 15–18 Jun, then 19 Jun is 端午: the fifth working day is Monday 22 Jun
        assertThat(after.replyDays()).isEqualTo(5);
        List<UnionRecordRow> rows = ledger.union.list(UnionQuery.ALL);
        assertThat(rows).filteredOn(r -> r.record().id().equals(after.id())).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(of(2026, 6, 22)));
        assertThat(rows).filteredOn(r -> r.record().id().equals(before.id())).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(of(2026, 7, 6)));
    }

    @Test
    void aRecordIsFoundByItsNumberWithItsClockAndAnUnknownNumberIsEmpty() {
        issueAsWorkshopUnion(proposal(valve.number().toString()));
        UnionRecord second = ledger.union.issue(proposal(valve.number().toString()));

        assertThat(ledger.union.record("GH-2026-0002")).hasValueSatisfying(row -> {
            assertThat(row.record().id()).isEqualTo(second.id());
            assertThat(row.hazardNumbers()).containsExactly(valve.number().toString());
            assertThat(row.issuerUnitName()).isEqualTo("合成车间");
            assertThat(row.due()).isEqualTo(of(2026, 7, 6));
        });
        assertThat(ledger.union.record("GH-2026-0009")).isEmpty();
    }
}
