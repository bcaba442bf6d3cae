package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Industry;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
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

/**
 * The 巡查 page end to end, headless: a clerk records today's team round with the keyboard, one item
 * failed; registers the hazard from it through the pre-filled form; and sees the compliance
 * calendar's cell for today turn from due to done, and the hazard under the round.
 */
@ExtendWith(ApplicationExtension.class)
class RoundsPageFlowTest {

    private static final String PASSWORD = "Clerk-Passw0rd";

    @TempDir
    static Path dataDir;
    private static Clock clock;
    private static Ledger ledger;
    private static OrgUnit team;
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
        team = ledger.organisation().addUnit(workshop.id(), Tier.TEAM, "P1-W1-T1", "甲班");
        ledger.organisation().addPerson(team.id(), "E0002", "李建国", Role.TEAM_LEADER);
        SignInSteps.createAccount(ledger, "anquan", "安全员", PASSWORD, AccountRole.CLERK, null);
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
    void aClerkRecordsATeamRoundWithOneFailureRegistersItsHazardAndTheCalendarTurnsDone(FxRobot robot)
            throws Exception {
        SignInSteps.signIn(robot, "anquan", PASSWORD);
        robot.clickOn("#nav-rounds");
        waitFor(() -> robot.lookup("#rounds-view").tryQuery().isPresent());

        // today is due on the team's calendar
        TabPane tabs = robot.lookup("#rounds-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitFor(() -> hasStyle(robot, "#rounds-day-2026-06-15", "compliance-due"));
        assertThat(textOf(robot, "#rounds-calendar-summary")).isEqualTo("本月：已检查 0 · 漏检 0 · 待检查 1");

        // Ctrl+R: the quick entry, at the team, today, with its leader
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quick-round-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#quick-round-dialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ListView<Object> items = robot.lookup("#quick-round-items").queryAs(ListView.class);
        waitFor(() -> !items.getItems().isEmpty());
        assertEveryControlHasItsOwnId(dialog);
        int n = items.getItems().size();

        // 2 = failed on the first item; Tab to its note; back; Down; then 1 (OK) for each of the others
        robot.clickOn(items);
        robot.interact(() -> items.getSelectionModel().select(0));
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER); // refused: the failed item has no note yet
        waitForText(robot, "#quick-round-item-note-error", "第 1 项不合格");
        robot.interact(() -> items.getSelectionModel().select(0));
        robot.clickOn("#quick-round-item-note").write("消防通道堆放杂物");
        robot.clickOn(items);
        robot.interact(() -> items.getSelectionModel().select(1));
        for (int i = 1; i < n; i++) {
            robot.type(KeyCode.DIGIT1);
        }
        waitForText(robot, "#quick-round-tally", "合格 " + (n - 1) + " · 不合格 1 · 不适用 0 · 未答 0");
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#quick-round-dialog").tryQuery().isEmpty());

        List<RoundRow> rows = ledger.rounds().rounds(team.id(), TODAY, TODAY);
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.failedCount()).isEqualTo(1));

        // the calendar cell turned done
        waitFor(() -> hasStyle(robot, "#rounds-day-2026-06-15", "compliance-done"));
        waitForText(robot, "#rounds-calendar-summary", "本月：已检查 1 · 漏检 0 · 待检查 0");
        shoot(robot, stage.getScene().getRoot(), "rounds-01-calendar.png");

        // the list: the round is selected with its failed answer; 登记隐患 opens the pre-filled form
        robot.interact(() -> tabs.getSelectionModel().select(0));
        TableView<?> table = robot.lookup("#rounds-table").queryTableView();
        waitFor(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        waitFor(() -> !robot.lookup("#rounds-register-finding").queryButton().isDisabled());
        robot.clickOn("#rounds-register-finding");
        waitFor(() -> robot.lookup("#register-dialog").tryQuery().isPresent());
        waitFor(() -> robot.lookup("#register-description").queryTextInputControl().getText()
                .contains("消防通道堆放杂物"));
        assertThat(robot.lookup("#register-place").queryTextInputControl().getText()).contains("甲班");
        selectFirst(robot, "#register-category");
        selectFirst(robot, "#register-hazard-form");
        robot.clickOn("#register-ok");
        waitFor(() -> robot.lookup("#register-dialog").tryQuery().isEmpty());

        ListView<?> hazards = robot.lookup("#rounds-hazards").queryAs(ListView.class);
        waitFor(() -> hazards.getItems().size() == 1);
        InspectionRound round = ledger.rounds().round(rows.get(0).id());
        assertThat(round.hazardIds()).hasSize(1);
        assertThat(hazards.getItems().get(0).toString()).startsWith(
                ledger.hazards().details(round.hazardIds().get(0)).orElseThrow().hazard().number().toString());
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());
        shoot(robot, stage.getScene().getRoot(), "rounds-02-list.png");
    }

    private static boolean hasStyle(FxRobot robot, String query, String styleClass) {
        return robot.lookup(query).tryQuery().map(Node::getStyleClass).map(c -> c.contains(styleClass)).orElse(false);
    }
}
