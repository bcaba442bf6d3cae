package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.service.Actor;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.TwoEnterprises;
import org.hazardledger.ui.FxTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The federation's 汇总 page end to end, headless: two enterprises' data, then a notice to one of them. */
@ExtendWith(ApplicationExtension.class)
class FederationPageFlowTest {

    private static final String PASSWORD = "Fed-Passw0rd1";

    @TempDir
    static Path dataDir;
    private static Clock clock;
    private static Ledger ledger;
    private static FxTaskExecutor tasks;
    private Stage stage;

    @BeforeAll
    static void federationLedger() {
        clock = fixedClock();
        try (LedgerFixture setUp = new LedgerFixture(dataDir, clock)) {
            setUp.setup.initialiseFederation("江城市总工会");
            TwoEnterprises.load(setUp);
        }
        ledger = Ledger.open(dataDir, clock, new Actor("tester"));
        SignInSteps.createAccount(ledger, "fed", "市总工会劳动保护部", PASSWORD, AccountRole.CLERK, null);
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
    void theFederationSeesItsEnterprisesAndSendsANotice(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "fed", PASSWORD);
        robot.clickOn("#nav-federation");
        waitFor(() -> robot.lookup("#federation-enterprises").tryQuery().isPresent());
        TableView<?> enterprises = robot.lookup("#federation-enterprises").queryTableView();
        waitFor(() -> enterprises.getItems().size() == 2);
        TableView<?> major = robot.lookup("#federation-major").queryTableView();
        waitFor(() -> major.getItems().size() == 3);
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());

        robot.clickOn("江城化工集团");
        waitFor(() -> major.getItems().size() == 2);
        robot.clickOn("#federation-tab-listed");
        robot.clickOn("YH-2026-0002");

        robot.clickOn("#federation-issue-notice");
        waitFor(() -> robot.lookup("#federation-notice-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#federation-notice-dialog").queryAs(DialogPane.class);
        assertEveryControlHasItsOwnId(dialog);
        robot.clickOn("#federation-notice-ok");
        waitFor(() -> !textOf(robot, "#federation-notice-title-error").isEmpty());
        assertThat(textOf(robot, "#federation-notice-title-error")).isEqualTo("请填写内容。");
        robot.clickOn("#federation-notice-title").write("督查通知");
        robot.clickOn("#federation-notice-body").write("请于六月底前完成整改并书面报告。");
        robot.clickOn("#federation-notice-ok");

        waitFor(() -> textOf(robot, "#federation-message").contains("督查通知"));
        assertThat(ledger.exchange().federation().notices(TwoEnterprises.A)).singleElement().satisfies(n -> {
            assertThat(n.hazardId()).isEqualTo(TwoEnterprises.A_MAJOR);
            assertThat(n.title()).isEqualTo("督查通知");
        });
        shoot(robot, stage.getScene().getRoot(), "federation-01-overview.png");
    }
}
