package org.hazardledger.service;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.MajorStage;
import org.hazardledger.model.MajorStep;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The major-hazard track on a real ledger, together with the hazard's lifecycle. */
class MajorHazardServiceTest {

    private static final LocalDate FOUND = of(2026, 5, 20);
    static final MajorHazardFile.Report REPORT = new MajorHazardFile.Report("塔顶安全阀起跳压力设定错误，检定漏项",
            "超压时无法泄放，可致爆炸；须停车更换，难度中等", "停车、更换并重新检定安全阀");
    static final MajorHazardFile.Plan PLAN = new MajorHazardFile.Plan("消除超压风险", "停车更换安全阀并检定",
            "经费5万元，备件已到", "设备科牵头，张伟负责", "6月10日前完成", "停车期间设警戒区，备应急预案");

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private LedgerFixture.SmallEnterprise e;
    private MajorHazardService major;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        major = ledger.majorHazards;
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Hazard registerMajor() {
        return ledger.hazards.register(new HazardDraft(new Registration(e.post().id(), "合成塔顶部平台", FOUND,
                e.worker().id(), false, HazardSource.PLANT_CHECK, "PROCESS_DEFECT", HazardForm.UNSAFE_STATE,
                "塔顶安全阀起跳压力设定错误"),
                new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT, org.hazardledger.model.MajorCriterionCitation.clause("CHEM-03"))));
    }

    private Hazard perform(Hazard h, HazardCommand c) {
        Hazard now = ledger.hazards.byNumber(h.number().toString()).orElseThrow();
        return ledger.hazards.perform(now.id(), now.revision(), c);
    }

    private void as(AccountRole role) {
        ledger.signIn(role.name().toLowerCase(), role, null);
    }

    private int rev(Hazard h) {
        return major.file(h.id()).map(MajorHazardFile::revision).orElse(0);
    }

    @Test
    void aListedMajorHazardGoesThroughItsWholeLifeWithItsFile() {
        Hazard h = registerMajor();
        h = perform(h, new HazardCommand.Assign(e.replaceGasket(FOUND), "停车更换安全阀"));
        assertThat(h.status()).isEqualTo(HazardStatus.AWAITING_PLAN_APPROVAL);

        as(AccountRole.PRINCIPAL);
        Hazard waiting = h;
        assertThatThrownBy(() -> perform(waiting, new HazardCommand.ApprovePlan(LedgerFixture.TODAY)))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.lifecycle.majorPlanIncomplete"));

        as(AccountRole.CLERK);
        major.recordReport(h.id(), 0, REPORT);
        major.recordPlan(h.id(), rev(h), PLAN);
        major.setSafeguards(h.id(), rev(h), new MajorHazardFile.Safeguards(true, true, false, "塔区拉警戒线"));
        assertThat(major.safeguardsInForce(List.of(h.id()))).containsOnlyKeys(h.id());

        as(AccountRole.PRINCIPAL);
        h = perform(h, new HazardCommand.ApprovePlan(LedgerFixture.TODAY));
        assertThat(h.status()).isEqualTo(HazardStatus.RECTIFYING);

        as(AccountRole.CLERK);
        h = perform(h, new HazardCommand.ReportRectified(LedgerFixture.TODAY, "已更换并检定"));
        h = perform(h, new HazardCommand.Accept(LedgerFixture.TODAY, "合格"));
        as(AccountRole.UNION_MEMBER);
        h = perform(h, new HazardCommand.SignOff(LedgerFixture.TODAY, "同意"));
        assertThat(h.status()).isEqualTo(HazardStatus.SIGNED_OFF);

        as(AccountRole.CLERK);
        Hazard signedOff = h;
        assertThatThrownBy(() -> perform(signedOff, new HazardCommand.Close(LedgerFixture.TODAY)))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.lifecycle.majorNotReviewed"));

        major.reportToDepartment(h.id(), rev(h),
                new MajorHazardFile.DepartmentReport(of(2026, 5, 21), "市应急管理局", "化工报〔2026〕7号"));
        major.list(h.id(), rev(h), new MajorHazardFile.Listing(of(2026, 5, 25), "市安委会", "安委督〔2026〕3号"));
        major.evaluate(h.id(), rev(h), new MajorHazardFile.Evaluation(of(2026, 6, 11), EvaluatorKind.QUALIFIED_BODY,
                "某安全评价有限公司", "隐患已消除，具备恢复生产条件"));
        as(AccountRole.PRINCIPAL);
        major.requestResumption(h.id(), rev(h), of(2026, 6, 12), of(2026, 6, 12));
        as(AccountRole.CLERK);
        MajorHazardFile reviewed = major.recordReview(h.id(), rev(h),
                new MajorHazardFile.Review(of(2026, 6, 14), "市应急管理局 王科长", true, "现场核查合格"));
        assertThat(reviewed.stage()).isEqualTo(MajorStage.REVIEWED);
        assertThatThrownBy(() -> perform(signedOff, new HazardCommand.Close(LedgerFixture.TODAY)))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.lifecycle.majorNotStruckOff"));

        major.strikeOff(h.id(), rev(h), LedgerFixture.TODAY);
        h = perform(h, new HazardCommand.Close(LedgerFixture.TODAY));
        assertThat(h.status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(major.safeguardsInForce(List.of(h.id()))).as("no longer shown once closed").isEmpty();
    }

    @Test
    void anUnlistedMajorHazardClosesOnceReviewed() {
        Hazard h = registerMajor();
        major.reportToDepartment(h.id(), 0,
                new MajorHazardFile.DepartmentReport(of(2026, 5, 21), "市应急管理局", "化工报〔2026〕7号"));
        major.evaluate(h.id(), rev(h), new MajorHazardFile.Evaluation(of(2026, 6, 1), EvaluatorKind.IN_HOUSE_EXPERTS,
                null, "已消除"));
        as(AccountRole.PRINCIPAL);
        major.requestResumption(h.id(), rev(h), of(2026, 6, 2), of(2026, 6, 3));
        as(AccountRole.CLERK);
        major.recordReview(h.id(), rev(h), new MajorHazardFile.Review(of(2026, 6, 8), "王科长", true, null));
        ledger.store.transact(s -> {
            assertThat(MajorTracks.view(s, s.hazards().byId(h.id()).orElseThrow()).allowsClosure()).isTrue();
            return null;
        });
    }

    @Test
    void theClerkCannotSubmitTheRequestAndTheSheetSaysWhatEachMayDo() {
        Hazard h = registerMajor();
        major.reportToDepartment(h.id(), 0,
                new MajorHazardFile.DepartmentReport(of(2026, 5, 21), "市应急管理局", "化工报〔2026〕7号"));
        major.evaluate(h.id(), rev(h), new MajorHazardFile.Evaluation(of(2026, 6, 1), EvaluatorKind.IN_HOUSE_EXPERTS,
                null, "已消除"));
        assertThatThrownBy(() -> major.requestResumption(h.id(), rev(h), of(2026, 6, 2), of(2026, 6, 3)))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.major.role"));
        assertThat(major.sheet(h.id()).orElseThrow().allows(MajorStep.REQUEST_RESUMPTION)).isFalse();
        as(AccountRole.PRINCIPAL);
        assertThat(major.sheet(h.id()).orElseThrow().allowedSteps()).containsExactly(MajorStep.REQUEST_RESUMPTION);
    }

    @Test
    void eachStepIsAuditedWithWhatChangedAndAStaleRevisionIsRefused() {
        Hazard h = registerMajor();
        MajorHazardFile first = major.recordReport(h.id(), 0, REPORT);
        assertThatThrownBy(() -> major.recordPlan(h.id(), 0, PLAN)).isInstanceOf(StaleRecordException.class);
        major.recordPlan(h.id(), first.revision(), PLAN);
        List<AuditEntry> history = ledger.audit.history(first.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("RECORD_REPORT", "RECORD_PLAN");
        assertThat(history.get(1).actor()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(history.get(1).payloadJson()).contains("\"planBefore\":null", "\"planAfter\":\"Plan[",
                "消除超压风险").doesNotContain("reportBefore");
    }

    @Test
    void aGeneralHazardHasNoFile() {
        Hazard general = ledger.hazards.register(e.leakingValve(FOUND));
        assertThatThrownBy(() -> major.recordReport(general.id(), 0, REPORT))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.major.notMajor"));
        assertThat(major.sheet(general.id())).isEmpty();
    }

    @Test
    void theDemoCanDriveTheStepsInsideOneTransaction() {
        Hazard h = registerMajor();
        MajorHazardFile f = ledger.store.transact(s -> {
            MajorHazardOperations.recordPlan(s, LedgerFixture.CLERK, h.id(), PLAN);
            return MajorHazardOperations.reportToDepartment(s, LedgerFixture.CLERK, h.id(),
                    new MajorHazardFile.DepartmentReport(of(2026, 5, 21), "市应急管理局", "7号"));
        });
        assertThat(f.revision()).isEqualTo(2);
        assertThat(f.planComplete()).isTrue();
        assertThat(f.stage()).isEqualTo(MajorStage.REPORTED);
    }
}
