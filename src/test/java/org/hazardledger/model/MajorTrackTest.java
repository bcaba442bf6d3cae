package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardledger.model.AccountRole.CLERK;
import static org.hazardledger.model.AccountRole.PRINCIPAL;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MajorTrackTest {

    private static final LocalDate TODAY = of(2026, 6, 15);
    private static final String NO = "YH-2026-06-0001";

    private static final MajorHazardFile.DepartmentReport REPORT =
            new MajorHazardFile.DepartmentReport(of(2026, 5, 2), "市应急管理局", "安监报〔2026〕12号");
    private static final MajorHazardFile.Listing LISTING =
            new MajorHazardFile.Listing(of(2026, 5, 5), "市安委会", "安委督〔2026〕3号");
    private static final MajorHazardFile.Evaluation EVALUATION =
            new MajorHazardFile.Evaluation(of(2026, 6, 1), EvaluatorKind.QUALIFIED_BODY, "某安全评价有限公司", "隐患已消除");

    private static MajorHazardFile take(MajorHazardFile f, MajorEntry e, AccountRole role) {
        return MajorTrack.take(NO, f, e, role, role == PRINCIPAL ? "厂长" : "安全员", TODAY);
    }

    private static MajorHazardFile reported() {
        return take(MajorHazardFile.empty(UUID.randomUUID(), UUID.randomUUID()),
                new MajorEntry.ReportToDepartment(REPORT), CLERK);
    }

    private static MajorHazardFile requested(MajorHazardFile f, LocalDate deliveredOn) {
        MajorHazardFile evaluated = take(f, new MajorEntry.Evaluate(EVALUATION), CLERK);
        return take(evaluated, new MajorEntry.RequestResumption(of(2026, 6, 2), deliveredOn), PRINCIPAL);
    }

    @Test
    void aListedHazardGoesThroughEveryStageInOrder() {
        MajorHazardFile f = reported();
        assertThat(f.stage()).isEqualTo(MajorStage.REPORTED);
        f = take(f, new MajorEntry.ListForSupervision(LISTING), CLERK);
        assertThat(f.stage()).isEqualTo(MajorStage.LISTED);
        f = requested(f, of(2026, 6, 3));
        assertThat(f.stage()).isEqualTo(MajorStage.RESUMPTION_REQUESTED);
        assertThat(f.request().submittedBy()).isEqualTo("厂长");
        f = take(f, new MajorEntry.RecordReview(new MajorHazardFile.Review(of(2026, 6, 10), "市应急管理局 王科长",
                true, null)), CLERK);
        assertThat(f.stage()).isEqualTo(MajorStage.REVIEWED);
        f = take(f, new MajorEntry.StrikeOff(of(2026, 6, 12)), CLERK);
        assertThat(f.stage()).isEqualTo(MajorStage.STRUCK_OFF);
        assertThat(f.struckOffBy()).isEqualTo("安全员");
    }

    @Test
    void theResumptionRequestCannotComeBeforeTheEvaluation() {
        assertThatThrownBy(() -> take(reported(), new MajorEntry.RequestResumption(TODAY, TODAY), PRINCIPAL))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.major.needs");
                    assertThat(e.args()).containsExactly(NO, "majorStep.REQUEST_RESUMPTION", "majorStep.EVALUATE");
                });
    }

    @Test
    void nothingButTheReportToTheDepartmentCanStartTheTrack() {
        MajorHazardFile empty = MajorHazardFile.empty(UUID.randomUUID(), UUID.randomUUID());
        assertThat(MajorTrack.refusal(NO, empty, MajorStep.LIST, CLERK)).get()
                .satisfies(e -> assertThat(e.args()).contains("majorStep.REPORT_TO_DEPARTMENT"));
        assertThat(MajorTrack.refusal(NO, empty, MajorStep.EVALUATE, CLERK)).isPresent();
        assertThat(MajorTrack.allowed(NO, empty, CLERK)).containsExactly(MajorStep.RECORD_REPORT,
                MajorStep.RECORD_PLAN, MajorStep.SET_SAFEGUARDS, MajorStep.REPORT_TO_DEPARTMENT);
    }

    @Test
    void aHazardCannotBeStruckOffBeforeAPassedReview() {
        MajorHazardFile listed = take(reported(), new MajorEntry.ListForSupervision(LISTING), CLERK);
        MajorHazardFile waiting = requested(listed, of(2026, 6, 3));
        assertThatThrownBy(() -> take(waiting, new MajorEntry.StrikeOff(TODAY), CLERK))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.args()).containsExactly(NO, "majorStep.STRIKE_OFF", "majorStep.RECORD_REVIEW"));
    }

    @Test
    void aFailedReviewSendsTheFileBackToEvaluation() {
        MajorHazardFile waiting = requested(reported(), of(2026, 6, 3));
        MajorHazardFile failed = take(waiting, new MajorEntry.RecordReview(new MajorHazardFile.Review(of(2026, 6, 8),
                "王科长", false, "应急预案未演练")), CLERK);
        assertThat(failed.stage()).isEqualTo(MajorStage.REPORTED);
        assertThat(failed.evaluation()).isNull();
        assertThat(failed.request()).isNull();
        assertThat(failed.failedReview()).get().extracting(MajorHazardFile.Review::note).isEqualTo("应急预案未演练");
        assertThat(MajorTrack.refusal(NO, failed, MajorStep.REQUEST_RESUMPTION, PRINCIPAL)).isPresent();
        assertThat(MajorTrack.refusal(NO, failed, MajorStep.EVALUATE, CLERK)).isEmpty();
    }

    @Test
    void aFailedReviewMustSayWhatToPutRight() {
        MajorHazardFile waiting = requested(reported(), of(2026, 6, 3));
        assertThatThrownBy(() -> take(waiting, new MajorEntry.RecordReview(new MajorHazardFile.Review(of(2026, 6, 8),
                "王科长", false, " ")), CLERK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reviewNote"));
    }

    @Test
    void onlyThePrincipalSubmitsTheRequestAndOnlyTheClerkKeepsTheFile() {
        MajorHazardFile evaluated = take(reported(), new MajorEntry.Evaluate(EVALUATION), CLERK);
        assertThat(MajorTrack.refusal(NO, evaluated, MajorStep.REQUEST_RESUMPTION, CLERK)).get()
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("error.major.role");
                    assertThat(e.args()).contains("accountRole.PRINCIPAL", "accountRole.CLERK");
                });
        assertThat(MajorTrack.refusal(NO, evaluated, MajorStep.RECORD_PLAN, PRINCIPAL)).isPresent();
        assertThat(MajorTrack.refusal(NO, evaluated, MajorStep.RECORD_PLAN, null)).isPresent();
    }

    @Test
    void anUnlistedHazardIsNotStruckOffAndAStruckOffFileIsFinal() {
        MajorHazardFile waiting = requested(reported(), of(2026, 6, 3));
        MajorHazardFile reviewed = take(waiting, new MajorEntry.RecordReview(new MajorHazardFile.Review(of(2026, 6, 8),
                "王科长", true, null)), CLERK);
        assertThat(MajorTrack.refusal(NO, reviewed, MajorStep.STRIKE_OFF, CLERK)).get()
                .extracting(DomainException::messageKey).isEqualTo("error.major.strikeOffNotListed");
        assertThat(MajorTrack.refusal(NO, reviewed, MajorStep.LIST, CLERK)).get()
                .extracting(DomainException::messageKey).isEqualTo("error.major.past");
    }

    @Test
    void stepsCannotBeDatedInTheFutureOrBeforeTheStepBefore() {
        MajorHazardFile f = reported();
        assertThatThrownBy(() -> take(f, new MajorEntry.ListForSupervision(
                new MajorHazardFile.Listing(of(2026, 5, 1), "市安委会", "3号")), CLERK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.major.dateBefore"));
        assertThatThrownBy(() -> take(f, new MajorEntry.ListForSupervision(
                new MajorHazardFile.Listing(TODAY.plusDays(1), "", "3号")), CLERK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("listedOn", "listedBy"));
    }

    @Test
    void thePlanIsCompleteOnlyWithAllSixItems() {
        MajorHazardFile.Plan five = new MajorHazardFile.Plan("目标", "方法", "经费", "机构", "时限", " ");
        assertThat(five.complete()).isFalse();
        assertThat(new MajorHazardFile.Plan("目标", "方法", "经费", "机构", "时限", "预案").complete()).isTrue();
    }

    @Test
    void theReviewIsDueTenDaysAfterDeliveryAndOverdueTheDayAfter() {
        MajorHazardFile waiting = requested(reported(), of(2026, 6, 3));
        WorkingCalendar cal = WorkingCalendar.weekdaysOnly();
        Deadline d = waiting.reviewDeadline(ReviewClock.DEFAULT, cal).orElseThrow();
        assertThat(d.due()).isEqualTo(of(2026, 6, 13));
        assertThat(waiting.reviewClockState(ReviewClock.DEFAULT, cal, of(2026, 6, 13))).contains(ClockState.DUE_TODAY);
        assertThat(waiting.reviewClockState(ReviewClock.DEFAULT, cal, of(2026, 6, 14))).contains(ClockState.OVERDUE);
        assertThat(d.daysLeft(of(2026, 6, 14))).isEqualTo(-1);
        MajorHazardFile reviewed = take(waiting, new MajorEntry.RecordReview(new MajorHazardFile.Review(of(2026, 6, 15),
                "王科长", true, null)), CLERK);
        assertThat(reviewed.reviewClockState(ReviewClock.DEFAULT, cal, TODAY)).contains(ClockState.ANSWERED_LATE);
        assertThat(reported().reviewDeadline(ReviewClock.DEFAULT, cal)).isEmpty();
    }
}
