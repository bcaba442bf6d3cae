package org.hazardledger.ui.major;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.MajorStage;
import org.hazardledger.model.MajorStep;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.service.MajorHazardService;
import org.hazardledger.service.Messages;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The major-hazard tab's ViewModel over a real ledger (today 2026-06-15), without a window. */
class MajorHazardTabViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private LedgerFixture.SmallEnterprise e;
    private MajorHazardService major;
    private Hazard hazard;
    private MajorHazardTabViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() throws Exception {
        ui = new UiFixture(dir.resolve("ledger"), Messages.forLanguage("en"));
        e = ui.ledger.initialiseSmall();
        major = ui.ledger.majorHazards;
        hazard = ui.ledger.hazards.register(new HazardDraft(new Registration(e.post().id(), "合成塔顶部平台",
                of(2026, 5, 20), e.worker().id(), false, HazardSource.PLANT_CHECK, "PROCESS_DEFECT",
                HazardForm.UNSAFE_STATE, "塔顶安全阀起跳压力设定错误"),
                new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT, org.hazardledger.model.MajorCriterionCitation.clause("CHEM-03"))));
        vm = ui.onFx(() -> new MajorHazardTabViewModel(ui.services));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private int rev() {
        return major.file(hazard.id()).map(MajorHazardFile::revision).orElse(0);
    }

    private void requestDeliveredOn(LocalDate delivered) {
        major.reportToDepartment(hazard.id(), 0,
                new MajorHazardFile.DepartmentReport(of(2026, 5, 21), "市应急管理局", "7号"));
        major.evaluate(hazard.id(), rev(), new MajorHazardFile.Evaluation(of(2026, 6, 1),
                EvaluatorKind.IN_HOUSE_EXPERTS, null, "已消除"));
        ui.ledger.signIn("厂长", AccountRole.PRINCIPAL, null);
        major.requestResumption(hazard.id(), rev(), of(2026, 6, 1), delivered);
        ui.ledger.signIn("安全员", AccountRole.CLERK, null);
    }

    @Test
    void aNewMajorHazardShowsAnEmptyFileWithTheClerksFirstSteps() throws Exception {
        ui.fx(() -> vm.show(hazard.id()));
        assertThat(vm.titleProperty().get()).isEqualTo(hazard.number() + " · File opened");
        assertThat(vm.stages()).extracting(StageLine::stage).containsExactly(MajorStage.REPORTED, MajorStage.LISTED,
                MajorStage.EVALUATED, MajorStage.RESUMPTION_REQUESTED, MajorStage.REVIEWED, MajorStage.STRUCK_OFF);
        assertThat(vm.stages().get(0).state()).isEqualTo(StageLine.State.NEXT);
        assertThat(vm.allowedProperty(MajorStep.REPORT_TO_DEPARTMENT).get()).isTrue();
        assertThat(vm.allowedProperty(MajorStep.EVALUATE).get()).isFalse();
        assertThat(vm.allowedProperty(MajorStep.REQUEST_RESUMPTION).get()).isFalse();
        assertThat(vm.clockTextProperty().get()).isEmpty();
        assertThat(vm.planStatusProperty().get()).startsWith("0 of 6");
    }

    @Test
    void thePlanIsSavedAndSaysWhenAllSixItemsAreThere() throws Exception {
        ui.fx(() -> vm.show(hazard.id()));
        ui.fx(() -> {
            for (int i = 0; i < 5; i++) {
                vm.planItem(i).set("第" + (i + 1) + "项");
            }
            vm.save(MajorStep.RECORD_PLAN);
        });
        assertThat(vm.planStatusProperty().get()).startsWith("5 of 6");
        ui.fx(() -> {
            vm.planItem(5).set("设警戒区，备应急预案");
            vm.save(MajorStep.RECORD_PLAN);
        });
        assertThat(vm.planStatusProperty().get()).startsWith("All six items");
        assertThat(major.file(hazard.id()).orElseThrow().planComplete()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Saved: record the treatment plan.");
    }

    @Test
    void aMissingDepartmentIsShownAtItsFieldAndNothingIsSaved() throws Exception {
        ui.fx(() -> vm.show(hazard.id()));
        ui.fx(() -> {
            vm.department().set(" ");
            vm.reportDocument().set("7号");
            vm.save(MajorStep.REPORT_TO_DEPARTMENT);
        });
        assertThat(vm.errorProperty("department").get()).isEqualTo("Required.");
        assertThat(ui.dialogs.errors()).isEmpty();
        assertThat(major.file(hazard.id())).isEmpty();

        ui.fx(() -> {
            vm.department().set("市应急管理局");
            vm.save(MajorStep.REPORT_TO_DEPARTMENT);
        });
        assertThat(vm.errorProperty("department").get()).isEmpty();
        assertThat(vm.stages().get(0)).satisfies(s -> {
            assertThat(s.state()).isEqualTo(StageLine.State.DONE);
            assertThat(s.date()).isEqualTo("2026-06-15");
        });
        assertThat(vm.allowedProperty(MajorStep.LIST).get()).isTrue();
    }

    @Test
    void anOverdueReviewSaysHowLateAndIsMarked() throws Exception {
        requestDeliveredOn(of(2026, 6, 3));
        ui.fx(() -> vm.show(hazard.id()));
        assertThat(vm.clockTextProperty().get()).contains("2026-06-13", "2 day(s) late");
        assertThat(vm.clockOverdueProperty().get()).isTrue();
        assertThat(vm.stages()).filteredOn(s -> s.stage() == MajorStage.LISTED).singleElement()
                .extracting(StageLine::state).isEqualTo(StageLine.State.SKIPPED);
        assertThat(vm.allowedProperty(MajorStep.RECORD_REVIEW).get()).isTrue();
    }

    @Test
    void aRunningReviewClockShowsTheDaysLeft() throws Exception {
        requestDeliveredOn(of(2026, 6, 12));
        ui.fx(() -> vm.show(hazard.id()));
        assertThat(vm.clockTextProperty().get()).isEqualTo("On-site review due by 2026-06-22: 7 day(s) left.");
        assertThat(vm.clockOverdueProperty().get()).isFalse();
    }

    @Test
    void aFailedReviewIsShownAndTheFileGoesBackToEvaluation() throws Exception {
        requestDeliveredOn(of(2026, 6, 12));
        ui.fx(() -> vm.show(hazard.id()));
        ui.fx(() -> {
            vm.reviewer().set("王科长");
            vm.reviewPassed().set(false);
            vm.reviewNote().set("应急预案未演练。");
            vm.save(MajorStep.RECORD_REVIEW);
        });
        assertThat(vm.failedReviewProperty().get()).contains("王科长", "应急预案未演练");
        assertThat(vm.allowedProperty(MajorStep.EVALUATE).get()).isTrue();
        assertThat(vm.clockTextProperty().get()).isEmpty();
    }

    @Test
    void onlyThePrincipalIsOfferedTheRequestAndAClerksAttemptIsRefusedInADialog() throws Exception {
        major.reportToDepartment(hazard.id(), 0,
                new MajorHazardFile.DepartmentReport(of(2026, 5, 21), "市应急管理局", "7号"));
        major.evaluate(hazard.id(), rev(), new MajorHazardFile.Evaluation(of(2026, 6, 1),
                EvaluatorKind.IN_HOUSE_EXPERTS, null, "已消除"));
        ui.fx(() -> vm.show(hazard.id()));
        assertThat(vm.allowedProperty(MajorStep.REQUEST_RESUMPTION).get()).isFalse();
        ui.fx(() -> vm.save(MajorStep.REQUEST_RESUMPTION));
        assertThat(ui.dialogs.errors()).singleElement().extracting(s -> s.message()).asString()
                .contains("only the Principal may submit the request to resume production");

        ui.ledger.signIn("厂长", AccountRole.PRINCIPAL, null);
        ui.fx(() -> vm.show(hazard.id()));
        assertThat(vm.allowedProperty(MajorStep.REQUEST_RESUMPTION).get()).isTrue();
        assertThat(vm.allowedProperty(MajorStep.RECORD_PLAN).get()).isFalse();
    }

    @Test
    void aGeneralHazardHasNoTab() throws Exception {
        Hazard general = ui.ledger.hazards.register(e.leakingValve(of(2026, 6, 1)));
        ui.fx(() -> vm.show(general.id()));
        assertThat(vm.sheetProperty().get()).isNull();
        assertThat(vm.titleProperty().get()).isEmpty();
    }

    @Test
    void theTabShowsTheStepperWithIdsAndOnlyTheFormsAllowedNow() throws Exception {
        MajorHazardTab tab = ui.onFx(() -> new MajorHazardTab(ui.services));
        ui.fx(() -> tab.show(hazard.id()));
        Node view = tab.view();
        // the scroll pane shows its content only once it has a skin: give it a scene and lay it out
        OnFx.run(() -> {
            new Scene((Parent) view, 600, 800);
            view.applyCss();
            ((Parent) view).layout();
        });
        Label reported = (Label) OnFx.call(() -> view.lookup("#major-stage-REPORTED"));
        assertThat(reported.getText()).isEqualTo("Reported to the department");
        assertThat(OnFx.call(() -> view.lookup("#major-form-report").isVisible())).isTrue();
        assertThat(OnFx.call(() -> view.lookup("#major-form-request").isVisible())).isFalse();
        assertThat(OnFx.call(() -> view.lookup("#major-plan-safetyAndEmergency"))).isNotNull();
    }
}
