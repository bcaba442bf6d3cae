package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardledger.model.Account;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.hazard.PersonOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A hazard's whole life through the window, as the people the rules name: the clerk (安全员) registers
 * and assigns it, the team leader (班组长) reports it rectified and accepts it, is refused the union's
 * signature with the reason, the team's union group leader (工会小组长) signs, and the clerk closes
 * and rechecks it. Each signs in with the demo's accounts.
 */
@ExtendWith(ApplicationExtension.class)
class LifecycleWalkthroughTest {

    private static final String PASSWORD = "Demo-2026";
    private static final String PLACE = "甲班配电箱旁通道";

    @TempDir
    static Path dataDir;
    private static DemoWorkbench demo;
    private static Ledger ledger;
    private Stage stage;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWorkbench.load(dataDir);
        ledger = demo.ledger;
    }

    @AfterAll
    static void closeLedger() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        demo.show(stage);
    }

    @Test
    void aHazardGoesFromRegistrationToRecheckThroughTheWindowAsTheProperPeople(FxRobot robot) throws Exception {
        UUID team = account("banzhang").scopeUnitId();
        assertThat(account("xiaozu").scopeUnitId()).as("the team's union group").isEqualTo(team);

        // The clerk registers it at the team, for the team to fix, and sets the 五定.
        SignInSteps.signIn(robot, "anquan", PASSWORD);
        String number = register(robot, team);
        act(robot, "ASSIGN", () -> {
            robot.clickOn("#action-form-measures").write("清理通道杂物，配电箱前划定禁放区");
            ComboBox<PersonOption> responsible = robot.lookup("#action-form-responsible").queryComboBox();
            waitFor(() -> !responsible.getItems().isEmpty());
            robot.interact(() -> responsible.getSelectionModel().select(0));
            DatePicker deadline = robot.lookup("#action-form-deadline").queryAs(DatePicker.class);
            robot.interact(() -> deadline.setValue(TODAY.plusDays(7)));
        });
        waitForStatus(robot, number, HazardStatus.RECTIFYING);

        // The team leader reports the work done and accepts it ...
        SignInSteps.signOut(robot);
        SignInSteps.signIn(robot, "banzhang", PASSWORD);
        find(robot, number);
        act(robot, "REPORT_RECTIFIED", () -> robot.clickOn("#action-form-evidence").write("杂物已清理，禁放区已划线"));
        waitForStatus(robot, number, HazardStatus.AWAITING_ACCEPTANCE);
        act(robot, "ACCEPT", () -> robot.clickOn("#action-form-result").write("通道畅通，合格"));
        waitForStatus(robot, number, HazardStatus.AWAITING_SIGN_OFF);

        // ... but may not sign for the union: the button is there, disabled, and says why.
        waitFor(() -> robot.lookup("#action-SIGN_OFF").tryQuery().isPresent());
        assertThat(robot.lookup("#action-SIGN_OFF").queryAs(Button.class).isDisabled()).isTrue();
        Label holder = robot.lookup("#action-SIGN_OFF-holder").queryAs(Label.class);
        assertThat(holder.getTooltip().getText()).contains(number)
                .contains("该层级的工会组织（工会小组、车间分会或企业工会）").contains("车间主任/班组长");
        hoverLive(robot, "#action-SIGN_OFF-holder");
        shoot(robot, stage.getScene().getRoot(), "walk-01-sign-off-refused.png");

        // The team's union group leader signs.
        SignInSteps.signOut(robot);
        SignInSteps.signIn(robot, "xiaozu", PASSWORD);
        find(robot, number);
        act(robot, "SIGN_OFF", () -> robot.clickOn("#action-form-note").write("现场确认，同意销号"));
        waitForStatus(robot, number, HazardStatus.SIGNED_OFF);

        // The clerk strikes it off and later rechecks it.
        SignInSteps.signOut(robot);
        SignInSteps.signIn(robot, "anquan", PASSWORD);
        find(robot, number);
        act(robot, "CLOSE", () -> { });
        waitForStatus(robot, number, HazardStatus.CLOSED);
        act(robot, "RECHECK_PASS", () -> robot.clickOn("#action-form-result").write("复查未见复发"));
        waitFor(() -> stored(number).outcome().recheckedOn() != null);

        Hazard done = stored(number);
        assertThat(done.status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(done.handling().acceptedBy()).contains("banzhang");
        assertThat(done.handling().signedOffBy()).contains("xiaozu");
        assertThat(done.handling().closedBy()).contains("anquan");
        assertThat(ledger.audit().history(done.id())).extracting(e -> e.action()).containsExactly("REGISTER",
                "ASSIGN", "REPORT_RECTIFIED", "ACCEPT", "SIGN_OFF", "CLOSE", "RECHECK_PASS");
        assertThat(ledger.audit().verify().isIntact()).isTrue();

        // The history tab tells the same story.
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> timeline = robot.lookup("#detail-timeline").queryAs(ListView.class);
        waitFor(() -> timeline.getItems().size() == 7);
        shoot(robot, stage.getScene().getRoot(), "walk-02-history.png");
    }

    private static Account account(String login) {
        return ledger.accounts().all().stream().filter(a -> a.loginName().equals(login)).findFirst().orElseThrow();
    }

    private static Hazard stored(String number) {
        return ledger.hazards().byNumber(number).orElseThrow();
    }

    /** Registers a hazard at {@code unitId} through the register dialog; returns its number. */
    private String register(FxRobot robot, UUID unitId) throws Exception {
        TableView<HazardRow> table = ledgerTable(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#register-ok").tryQuery().map(ok -> !ok.isDisabled()).orElse(false));
        ComboBox<UnitOption> unit = robot.lookup("#register-unit").queryComboBox();
        robot.interact(() -> unit.getSelectionModel().select(unit.getItems().stream()
                .filter(u -> u.id().equals(unitId)).findFirst().orElseThrow()));
        robot.clickOn("#register-place").write(PLACE);
        robot.clickOn("#register-anonymous");
        selectFirst(robot, "#register-source");
        selectFirst(robot, "#register-category");
        selectFirst(robot, "#register-hazard-form");
        robot.clickOn("#register-description").write("配电箱前通道堆放杂物，影响紧急操作");
        Window dialog = robot.lookup("#register-dialog").queryAs(DialogPane.class).getScene().getWindow();
        robot.clickOn("#register-ok");
        waitFor(() -> !dialog.isShowing());
        waitFor(() -> {
            HazardRow selected = table.getSelectionModel().getSelectedItem();
            return selected != null && PLACE.equals(selected.place());
        });
        return table.getSelectionModel().getSelectedItem().number();
    }

    /** Finds the hazard by its number (Ctrl+F) and selects it. */
    private void find(FxRobot robot, String number) throws Exception {
        TableView<HazardRow> table = ledgerTable(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(number);
        waitFor(() -> table.getItems().size() == 1 && table.getItems().get(0).number().equals(number));
        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(() -> textOf(robot, "#detail-title").contains(number));
    }

    /** Clicks the action's button, fills its form and confirms; waits for the form to close. */
    /** What a person types into an action's form. */
    private interface Fill {
        void in() throws Exception;
    }

    private void act(FxRobot robot, String action, Fill fill) throws Exception {
        String id = "#action-" + action;
        waitFor(() -> robot.lookup(id).tryQuery().map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn(id);
        waitFor(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        Window dialog = robot.lookup("#action-dialog").queryAs(DialogPane.class).getScene().getWindow();
        fill.in();
        robot.clickOn("#action-form-ok");
        try {
            waitFor(() -> !dialog.isShowing());
        } catch (TimeoutException e) {
            throw new AssertionError(action + " refused: " + textOf(robot, "#action-form-summary"), e);
        }
    }

    /**
     * Moves the mouse over a node of the action bar for the screenshot. The bar is rebuilt when the
     * detail's background reads finish, so a node found a moment ago may already be replaced: look it
     * up again until it is one that is shown.
     */
    private static void hoverLive(FxRobot robot, String query) throws Exception {
        waitFor(() -> {
            javafx.scene.Node n = robot.lookup(query).tryQuery().orElse(null);
            if (n == null || n.getScene() == null) {
                return false;
            }
            try {
                robot.moveTo(n);
                return true;
            } catch (RuntimeException replacedMeanwhile) {
                return false;
            }
        });
    }

    private static void waitForStatus(FxRobot robot, String number, HazardStatus status) throws Exception {
        waitFor(() -> stored(number).status() == status);
        String label = Messages.forLanguage("zh").label(status);
        waitFor(() -> textOf(robot, "#detail-title").contains(label));
    }
}
