package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.NotificationPane;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Tier;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.ledger.LedgerViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench end to end, headless: the login (a wrong password refused, the demo's accounts),
 * the demo enterprise in the table, a refused registration explained at its field, then a good one
 * found in the table and in the ledger.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {

    private static final String PLACE = "3号储罐区东侧围堰";
    private static final String DEMO_PASSWORD = "Demo-2026";
    private static final String LOGIN_FAILED = "登录名或密码错误。连续失败 5 次后账户将锁定 5 分钟。";

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
    void aClerkSeesTheLedgerIsToldWhatIsMissingThenRegistersAHazard(FxRobot robot) throws Exception {
        int before = ledger.hazards().count(HazardQuery.ALL);
        assertThat(before).as("the demo enterprise has more than one page").isGreaterThan(LedgerViewModel.PAGE_SIZE);
        SignInSteps.signIn(robot, "anquan", DEMO_PASSWORD);

        TableView<HazardRow> table = ledgerTable(robot);
        // The table's items are the whole result as a window: the scroll bar spans every hazard.
        waitFor(() -> table.getItems().size() == before);
        waitForText(robot, "#ledger-count", "共 " + String.format("%,d", before) + " 条");
        robot.clickOn(table);
        waitFor(() -> !robot.lookup("#detail-title").queryAs(Label.class).getText().isEmpty());
        shoot(robot, stage.getScene().getRoot(), "01-ledger.png");
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());

        // End goes to the oldest hazard: its page is read (by the positions), never the whole ledger.
        LedgerViewModel vm = ((org.hazardledger.ui.ledger.LedgerView) robot.lookup("#ledger-view").query())
                .viewModel();
        robot.clickOn(table).press(KeyCode.END).release(KeyCode.END);
        waitFor(() -> {
            HazardRow selected = table.getSelectionModel().getSelectedItem();
            return selected != null && !LedgerViewModel.isPlaceholder(selected)
                    && table.getSelectionModel().getSelectedIndex() == before - 1;
        });
        waitFor(() -> !robot.lookup("#detail-title").queryAs(Label.class).getText().isEmpty());
        assertThat(vm.peakHeldRows()).isLessThanOrEqualTo(LedgerViewModel.MAX_PAGES * LedgerViewModel.PAGE_SIZE);
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        waitFor(() -> table.getSelectionModel().getSelectedIndex() == 0
                && !LedgerViewModel.isPlaceholder(table.getSelectionModel().getSelectedItem()));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#register-ok").tryQuery()
                .map(ok -> !ok.isDisabled()).orElse(false));
        DialogPane dialog = robot.lookup("#register-dialog").queryAs(DialogPane.class);
        Window dialogWindow = dialog.getScene().getWindow();
        assertEveryControlHasItsOwnId(dialog);

        ComboBox<UnitOption> unit = robot.lookup("#register-unit").queryComboBox();
        robot.interact(() -> unit.getSelectionModel().select(unit.getItems().stream()
                .filter(u -> u.tier() == Tier.POST).findFirst().orElseThrow()));
        robot.clickOn("#register-place").write(PLACE);
        robot.clickOn("#register-anonymous");
        selectFirst(robot, "#register-source");
        selectFirst(robot, "#register-category");
        selectFirst(robot, "#register-hazard-form");

        // The description is left empty: refused, explained at the field, the dialog stays open.
        robot.clickOn("#register-ok");
        waitForText(robot, "#register-summary", "有 1 处填写不正确，请按提示修改。");
        WaitForAsyncUtils.waitForFxEvents();
        Label descriptionError = robot.lookup("#register-description-error").queryAs(Label.class);
        assertThat(descriptionError.getText()).isEqualTo("必填项，请填写。");
        assertThat(descriptionError.isVisible()).isTrue();
        assertThat(dialogWindow.isShowing()).isTrue();
        assertThat(ledger.hazards().count(HazardQuery.ALL)).isEqualTo(before);
        shoot(robot, dialog, "02-register-refused.png");

        robot.clickOn("#register-description").write("围堰排水阀未关闭，雨水混入物料");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(descriptionError.isVisible()).as("typing clears the message").isFalse();
        robot.clickOn("#register-ok");
        waitFor(() -> !dialogWindow.isShowing());

        waitFor(() -> {
            HazardRow selected = table.getSelectionModel().getSelectedItem();
            return selected != null && PLACE.equals(selected.place());
        });
        HazardRow row = table.getSelectionModel().getSelectedItem();
        assertThat(table.getItems()).contains(row);
        Hazard stored = ledger.hazards().byNumber(row.number()).orElseThrow();
        assertThat(stored.registration().description()).isEqualTo("围堰排水阀未关闭，雨水混入物料");
        assertThat(stored.registration().anonymous()).isTrue();
        assertThat(stored.registration().foundOn()).isEqualTo(TODAY);
        assertThat(ledger.audit().history(stored.id()).get(0).actor())
                .as("the signed-in clerk is written on the record").endsWith("(anquan)");
        assertThat(ledger.hazards().count(HazardQuery.ALL)).isEqualTo(before + 1);
        NotificationPane notification = robot.lookup("#ledger-notification").queryAs(NotificationPane.class);
        assertThat(notification.getText()).isEqualTo("已登记 " + row.number());
        waitForText(robot, "#detail-title", row.number());
        waitForText(robot, "#ledger-count", "共 " + String.format("%,d", before + 1) + " 条");
        // Let the notice finish sliding in (it hides itself after a few seconds), for the picture.
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        shoot(robot, stage.getScene().getRoot(), "03-registered.png");

        // Ctrl+F and the number: the debounced search narrows the table to the new hazard.
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(row.number());
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).number()).isEqualTo(row.number());
    }

    @Test
    void aHazardsPhotosShowInTheDetailPaneAndOpenLarge(FxRobot robot) throws Exception {
        HazardRow withPhotos = ledger.hazards().page(HazardQuery.ALL, null, 500).rows().stream()
                .filter(r -> ledger.attachments().list(AttachmentOwnerKind.HAZARD, r.id()).size() == 2)
                .findFirst().orElseThrow();
        SignInSteps.signIn(robot, "anquan", DEMO_PASSWORD);
        TableView<HazardRow> table = ledgerTable(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(withPhotos.number());
        waitFor(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));

        waitFor(() -> robot.lookup("#attachment-tile-1").tryQuery()
                .map(t -> !robot.from(t).lookup(".image-view").queryAll().isEmpty()).orElse(false));
        assertThat(robot.lookup("#attachment-tile-0").query().isVisible()).isTrue();
        assertThat(robot.lookup("#attachment-add").query().isDisabled()).as("the clerk may add").isFalse();
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());
        shoot(robot, stage.getScene().getRoot(), "07-photos.png");

        robot.doubleClickOn("#attachment-tile-0");
        waitFor(() -> robot.lookup("#attachment-viewer").tryQuery().isPresent());
        robot.clickOn("#viewer-actual");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#attachment-viewer").tryQuery().isEmpty());
    }

    @Test
    void theSettingsPageVerifiesTheAuditTrail(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "anquan", DEMO_PASSWORD);
        ledgerTable(robot);
        robot.clickOn("#nav-settings");
        waitFor(() -> robot.lookup("#settings-verify-audit").tryQuery()
                .isPresent());
        assertThat(robot.lookup("#settings-audit-progress").query().isVisible()).isFalse();
        robot.clickOn("#settings-verify-audit");
        waitForText(robot, "#settings-audit-result", "审计链完整：");
        Label result = robot.lookup("#settings-audit-result").queryAs(Label.class);
        assertThat(result.getStyleClass()).contains("audit-intact");
        assertThat(robot.lookup("#settings-verify-audit").query().isDisabled()).isFalse();
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());
        shoot(robot, stage.getScene().getRoot(), "04-settings-audit.png");
    }

    @Test
    void aWrongPasswordIsRefusedTheRightOneOpensTheLedgerAndOnlyTheAdministratorManagesAccounts(FxRobot robot)
            throws Exception {
        SignInSteps.waitForLoginScreen(robot);
        waitForText(robot, "#sign-in-demo-hint", "anquan");
        assertThat(textOf(robot, "#sign-in-demo-hint")).contains("admin", "zhuren", "xiaozu", DEMO_PASSWORD);
        assertThat(robot.lookup("#navigation").query().isDisabled()).as("nothing to reach before the login").isTrue();
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());

        SignInSteps.attempt(robot, "anquan", "not-the-password");
        assertThat(SignInSteps.refusal(robot)).isEqualTo(LOGIN_FAILED);
        assertThat(robot.lookup("#ledger-table").tryQuery()).isEmpty();
        assertThat(ledger.session().signedIn()).isFalse();
        shoot(robot, stage.getScene().getRoot(), "05-sign-in-refused.png");

        SignInSteps.signIn(robot, "anquan", DEMO_PASSWORD);
        ledgerTable(robot);
        waitForText(robot, "#status-user", "(anquan) · 安全员");
        assertThat(robot.lookup("#nav-accounts").query().isVisible()).as("a clerk manages no accounts").isFalse();

        SignInSteps.signOut(robot);
        assertThat(ledger.session().signedIn()).isFalse();
        waitForText(robot, "#status-user", "未登录");
        SignInSteps.signIn(robot, "admin", DEMO_PASSWORD);
        waitForText(robot, "#status-user", "系统管理员 (admin) · 管理员");
        robot.clickOn("#nav-accounts");
        waitFor(() -> robot.lookup("#accounts-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 8).orElse(false));
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());
        shoot(robot, stage.getScene().getRoot(), "06-accounts.png");
    }
}
