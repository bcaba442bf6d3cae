package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.service.Actor;
import org.hazardledger.ui.FxTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 工会监督 page end to end, headless: a union member puts forward a proposal and finds it listed. */
@ExtendWith(ApplicationExtension.class)
class UnionPageFlowTest {

    private static final String PASSWORD = "Chair-Passw0rd";

    @TempDir
    static Path dataDir;
    private static Clock clock;
    private static Ledger ledger;
    private static Hazard hazard;
    private static FxTaskExecutor tasks;
    private Stage stage;

    @BeforeAll
    static void smallLedger() {
        clock = fixedClock();
        ledger = Ledger.open(dataDir, clock, new Actor("tester"));
        ledger.setup().initialiseEmpty("测试化工有限公司", Industry.CHEMICALS);
        ledger.session().signIn(new Actor("安全员 (clerk)", AccountRole.CLERK, null, null));
        OrgUnit plant = ledger.organisation().addUnit(null, Tier.PLANT, "P1", "一厂");
        OrgUnit workshop = ledger.organisation().addUnit(plant.id(), Tier.WORKSHOP, "P1-W1", "合成车间");
        hazard = ledger.hazards().register(new HazardDraft(
                new Registration(workshop.id(), "2号反应釜", TODAY, null, true, HazardSource.WORKSHOP_CHECK,
                        "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, "安全阀校验过期"),
                new Grading(Grade.GENERAL, "B", null, null, Tier.WORKSHOP)));
        // The workshop union's chair has an account of their own and has set their password.
        SignInSteps.createAccount(ledger, "chair", "车间分会主席", PASSWORD, AccountRole.UNION_MEMBER,
                workshop.id());
        ledger.session().signOut();
    }

    @AfterAll
    static void closeLedger() {
        if (tasks != null) {
            tasks.shutdown();
        }
        ledger.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new FxTaskExecutor();
        showWorkbench(ledger, clock, tasks, stage);
    }

    @Test
    void aUnionMemberPutsForwardAProposalAndSeesItsDueDay(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "chair", PASSWORD);
        robot.clickOn("#nav-union");
        TableView<?> table = robot.lookup("#union-table").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#union-issue");
        waitFor(() -> robot.lookup("#union-issue-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#union-issue-dialog").queryAs(DialogPane.class);
        assertEveryControlHasItsOwnId(dialog);
        robot.clickOn("#union-issue-hazards").write(hazard.number().toString());
        waitFor(() -> textOf(robot, "#union-issue-due").contains("2026-07-07"));
        robot.clickOn("#union-issue-ok");
        waitFor(() -> !textOf(robot, "#union-issue-findings-error").isEmpty());
        assertThat(textOf(robot, "#union-issue-findings-error")).isEqualTo("请填写内容。");
        robot.clickOn("#union-issue-findings").write("安全阀校验过期");
        robot.clickOn("#union-issue-recommendation").write("三日内送检");
        robot.clickOn("#union-issue-ok");

        waitFor(() -> table.getItems().size() == 1);
        assertThat(ledger.union().list(UnionQuery.ALL)).singleElement()
                .satisfies(r -> assertThat(r.record().recommendation()).isEqualTo("三日内送检"));
        waitFor(() -> textOf(robot, "#union-message").contains("GH-2026-0001"));
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());

        // an evacuation recommendation needs an answer today: red, and counted under the list
        ledger.union().issue(new UnionRecordDraft(UnionRecordKind.EVACUATION, List.of(hazard.number().toString()),
                TODAY, TODAY, "安全阀起跳，釜压异常", "立即撤离岗位人员"));
        robot.clickOn("#union-refresh");
        waitFor(() -> table.getItems().size() == 2);
        waitFor(() -> textOf(robot, "#union-alarm-count").equals("1 项须立即处理"));
        shoot(robot, stage.getScene().getRoot(), "union-01-list.png");
    }
}
