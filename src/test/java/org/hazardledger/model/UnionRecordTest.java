package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnionRecordTest {

    private static final WorkingCalendar CN = HolidaySeed.calendar();
    private static final UUID HAZARD = UUID.randomUUID();

    private static UnionRecord record(UnionRecordKind kind, LocalDate delivered, int replyDays) {
        return new UnionRecord(UUID.randomUUID(), 1, "GH-2026-0007", kind, Tier.WORKSHOP, UUID.randomUUID(),
                "工会会员 (union)", delivered, delivered, "安全阀失效", "立即更换安全阀", replyDays, List.of(HAZARD),
                null, null, null, Instant.EPOCH);
    }

    @Test
    void aProposalDeliveredBeforeTheNationalDayHolidayCountsTheMakeUpDaysAndSkipsTheHolidays() {
        // Fri 18 Sep 2026: Sun 20 Sep and Sat 10 Oct are make-up working days; 25–27 Sep (中秋) and
        // 1–7 Oct (国庆) are holidays.
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 9, 18), 15);
        assertThat(r.deadline(CN).due()).isEqualTo(of(2026, 10, 15));
        // Weekdays only would have been a week earlier: the configured holidays matter.
        assertThat(r.deadline(WorkingCalendar.weekdaysOnly()).due()).isEqualTo(of(2026, 10, 9));
    }

    @Test
    void theLastDayBeforeTheHolidayIsNotCountedAndTheClockResumesAfterIt() {
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 9, 30), 15);
        assertThat(r.deadline(CN).due()).isEqualTo(of(2026, 10, 27));
        assertThat(r.clockState(of(2026, 10, 27), CN)).isEqualTo(ClockState.DUE_TODAY);
        assertThat(r.overdue(of(2026, 10, 27), CN)).isFalse();
        assertThat(r.alarming(of(2026, 10, 27), CN)).isFalse();
        assertThat(r.overdue(of(2026, 10, 28), CN)).isTrue();
        assertThat(r.alarming(of(2026, 10, 28), CN)).isTrue();
    }

    @Test
    void aProposalOverWeekendsOnlyIsDueThreeWeeksLater() {
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 3, 6), 15);
        assertThat(r.deadline(CN).due()).isEqualTo(of(2026, 3, 27));
        assertThat(r.clockState(of(2026, 3, 10), CN)).isEqualTo(ClockState.PENDING);
    }

    @Test
    void theReplyPeriodTheRecordWasIssuedUnderIsTheOneThatCounts() {
        assertThat(record(UnionRecordKind.PROPOSAL, of(2026, 3, 2), 5).deadline(CN).due()).isEqualTo(of(2026, 3, 9));
    }

    @ParameterizedTest
    @EnumSource(value = UnionRecordKind.class, names = {"STOP_PRODUCTION", "EVACUATION"})
    void urgentRecordsAreDueTheSameDayAndRedUntilAnswered(UnionRecordKind kind) {
        // delivered on a holiday: lives do not wait for working days
        UnionRecord r = record(kind, of(2026, 10, 3), 15);
        assertThat(r.urgent()).isTrue();
        assertThat(r.deadline(CN).due()).isEqualTo(of(2026, 10, 3));
        assertThat(r.clockState(of(2026, 10, 3), CN)).isEqualTo(ClockState.DUE_TODAY);
        assertThat(r.alarming(of(2026, 10, 3), CN)).as("red on the day").isTrue();
        assertThat(r.alarming(of(2026, 11, 3), CN)).as("still red a month later").isTrue();
        assertThat(r.overdue(of(2026, 10, 4), CN)).isTrue();

        UnionRecord answered = r.answered(new UnionAnswer("已停产，人员撤离", of(2026, 10, 4)), "安全员 (clerk)",
                AccountRole.CLERK, of(2026, 10, 5));
        assertThat(answered.status()).isEqualTo(UnionRecordStatus.ANSWERED);
        assertThat(answered.alarming(of(2026, 10, 5), CN)).isFalse();
        assertThat(answered.clockState(of(2026, 10, 5), CN)).isEqualTo(ClockState.ANSWERED_LATE);
        assertThat(answered.answeredBy()).isEqualTo("安全员 (clerk)");
    }

    @Test
    void aProposalAnsweredInTimeIsNoLongerRed() {
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 3, 6), 15)
                .answered(new UnionAnswer("  已制定整改方案  ", of(2026, 3, 20)), "负责人 (boss)", AccountRole.PRINCIPAL,
                        of(2026, 6, 15));
        assertThat(r.answer()).isEqualTo("已制定整改方案");
        assertThat(r.clockState(of(2026, 6, 15), CN)).isEqualTo(ClockState.ANSWERED_IN_TIME);
        assertThat(r.alarming(of(2026, 6, 15), CN)).isFalse();
    }

    @Test
    void onlyAUnionMemberMayIssue() {
        UnionRecord.requireIssuer(AccountRole.UNION_MEMBER);
        for (AccountRole role : Set.of(AccountRole.CLERK, AccountRole.PRINCIPAL, AccountRole.UNIT_HEAD, AccountRole.ADMIN)) {
            assertThatThrownBy(() -> UnionRecord.requireIssuer(role)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.union.issuerRole");
        }
        assertThatThrownBy(() -> UnionRecord.requireIssuer(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void aUnionMemberCannotAnswerItsOwnRecord() {
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 3, 6), 15);
        assertThatThrownBy(() -> r.answered(new UnionAnswer("答复", of(2026, 3, 9)), "会员", AccountRole.UNION_MEMBER,
                of(2026, 3, 9))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.union.answererRole");
    }

    @Test
    void anAnswerCannotPredateDeliveryNorLieInTheFuture() {
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 3, 6), 15);
        assertThatThrownBy(() -> r.answered(new UnionAnswer("答复", of(2026, 3, 5)), "安全员", AccountRole.CLERK,
                of(2026, 3, 9))).isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                .containsExactly(FieldError.of(UnionAnswer.ANSWERED_ON, "validation.union.answerBeforeDelivery",
                        of(2026, 3, 6))));
        assertThatThrownBy(() -> r.answered(new UnionAnswer(" ", of(2026, 3, 10)), "安全员", AccountRole.CLERK,
                of(2026, 3, 9))).isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                .extracting(FieldError::messageKey)
                .containsExactly("validation.union.textRequired", "validation.date.future"));
    }

    @Test
    void anAnsweredRecordIsNotAnsweredAgain() {
        UnionRecord r = record(UnionRecordKind.PROPOSAL, of(2026, 3, 6), 15)
                .answered(new UnionAnswer("答复", of(2026, 3, 9)), "安全员", AccountRole.CLERK, of(2026, 3, 9));
        assertThatThrownBy(() -> r.answered(new UnionAnswer("改答复", of(2026, 3, 10)), "负责人", AccountRole.PRINCIPAL,
                of(2026, 3, 10))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.union.answered");
    }

    @Test
    void aHazardOutsideTheScopeIsRefusedAndTheEnterpriseUnionSeesAll() {
        UUID inside = UUID.randomUUID();
        UnionRecord.requireInScope("YH-1", inside, Set.of(inside));
        UnionRecord.requireInScope("YH-1", UUID.randomUUID(), null);
        assertThatThrownBy(() -> UnionRecord.requireInScope("YH-2", UUID.randomUUID(), Set.of(inside)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly("YH-2"));
    }

    @Test
    void theDraftNamesEachMissingOrWrongField() {
        LocalDate today = of(2026, 6, 15);
        UnionRecordDraft empty = new UnionRecordDraft(null, List.of(" "), null, null, "", null);
        assertThat(empty.validate(today)).extracting(FieldError::field).containsExactly(UnionRecordDraft.KIND,
                UnionRecordDraft.HAZARDS, UnionRecordDraft.ISSUED_ON, UnionRecordDraft.DELIVERED_ON,
                UnionRecordDraft.FINDINGS, UnionRecordDraft.RECOMMENDATION);
        UnionRecordDraft early = new UnionRecordDraft(UnionRecordKind.PROPOSAL, List.of("YH-1", "YH-1 "),
                of(2026, 6, 10), of(2026, 6, 9), "发现", "建议");
        assertThat(early.hazardNumbers()).containsExactly("YH-1");
        assertThat(early.validate(today)).containsExactly(FieldError.of(UnionRecordDraft.DELIVERED_ON,
                "validation.union.deliveredBeforeIssued", of(2026, 6, 10)));
    }

    @Test
    void numbersAreYearlyWithFourDigits() {
        assertThat(UnionRecord.formatNumber(2026, 7)).isEqualTo("GH-2026-0007");
    }
}
