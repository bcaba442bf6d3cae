package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Industry;
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
 * 数据交换 in the workbench, headless: Ctrl+7 opens the page, which shows its sections, reads the keys
 * in the background, explains a refused export at its fields, and makes this ledger's key through the
 * passphrase dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangePageFlowTest {

    private static final String PASSWORD = "Clerk-Passw0rd";

    @TempDir
    static Path dataDir;
    private static Clock clock;
    private static Ledger ledger;
    private static FxTaskExecutor tasks;
    private Stage stage;

    @BeforeAll
    static void smallLedger() {
        clock = fixedClock();
        ledger = Ledger.open(dataDir, clock, new Actor("tester"));
        ledger.setup().initialiseEmpty("测试化工有限公司", Industry.CHEMICALS);
        ledger.session().signIn(new Actor("安全员 (clerk)", AccountRole.CLERK, null, null));
        SignInSteps.createAccount(ledger, "clerk", "安全员", PASSWORD, AccountRole.CLERK, null);
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
    void thePageOpensWithItsSectionsAndReadsTheKeysInTheBackground(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "clerk", PASSWORD);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#page-exchange").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-exchange").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        for (String section : new String[] {"#exchange-own-key", "#exchange-other-keys", "#exchange-export-section",
                "#exchange-import-section", "#exchange-log-section", "#exchange-conflicts-section"}) {
            assertThat(robot.lookup(section).tryQuery()).as(section).isPresent();
        }
        waitForText(robot, "#exchange-own-key-title", "本机密钥");
        assertThat(robot.lookup("#exchange-export").queryButton().getText()).isEqualTo("导出交换文件…");
        assertThat(robot.lookup("#exchange-import").queryButton().getText()).isEqualTo("导入交换文件…");

        // the keys are read in the background: a new ledger has none yet and is offered to make one
        waitFor(() -> shown(robot, "#exchange-create-key"));
        assertThat(shown(robot, "#exchange-own-fingerprint")).isFalse();
        Parent page = robot.lookup("#page-exchange").queryAs(Parent.class);
        assertEveryControlHasItsOwnId(page);
        shoot(robot, stage.getScene().getRoot(), "exchange-01-page.png");
        shoot(robot, robot.lookup(".exchange-page").query(), "exchange-02-whole-page.png");

        // a refused export is explained at its fields, without any exchange call
        robot.interact(() -> robot.lookup("#exchange-export").queryButton().fire());
        waitForText(robot, "#exchange-folder-error", "请选择保存的文件夹");
        assertThat(textOf(robot, "#exchange-recipient-error")).isNotEmpty();
        assertThat(textOf(robot, "#exchange-export-passphrase-error")).isEqualTo("请输入密钥口令");

        // making the key: the passphrase twice in the dialog, then the fingerprint in groups of four
        robot.clickOn("#exchange-create-key");
        waitFor(() -> robot.lookup("#exchange-passphrase-first").tryQuery().isPresent());
        robot.clickOn("#exchange-passphrase-first").write("Jiangcheng-2026");
        robot.clickOn("#exchange-passphrase-second").write("Jiangcheng-2026");
        robot.clickOn("#exchange-passphrase-ok");
        waitFor(() -> shown(robot, "#exchange-own-fingerprint") && !robot.lookup("#exchange-own-fingerprint")
                .queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        String fingerprint = robot.lookup("#exchange-own-fingerprint")
                .queryAs(javafx.scene.control.TextField.class).getText();
        assertThat(fingerprint).matches("([0-9A-F]{4} ){9}[0-9A-F]{4}")
                .isEqualTo(ledger.exchange().keys().current().orElseThrow().fingerprint().grouped());
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> visibleUpwards(n)).orElse(false);
    }

    private static boolean visibleUpwards(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
