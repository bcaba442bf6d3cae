package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hazardledger.ui.TableCsv;
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
 * 群众活动 on the demo ledger, headless, as the enterprise union: every tab opens, reads the demo's
 * records in the background and shows them; reports show pseudonyms only; each tab's controls have
 * their own ids.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignPageFlowTest {

    /** Each tab and the table that must fill with the demo's records. */
    private static final List<String[]> TABS = List.of(
            new String[] {"campaign-tab-reports", "#reports-table"},
            new String[] {"campaign-tab-rewards", "#reward-table"},
            new String[] {"campaign-tab-training", "#training-sessions-table"},
            new String[] {"campaign-tab-cup", "#cup-grid"},
            new String[] {"campaign-tab-teams", "#teams-list"},
            new String[] {"campaign-tab-proposals", "#proposals-table"});

    @TempDir
    static Path dataDir;
    private static DemoWorkbench demo;
    private Stage stage;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWorkbench.load(dataDir);
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
    void everyTabShowsTheDemosRecords(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "gonghui", "Demo-2026");
        robot.clickOn("#nav-campaign");
        waitFor(() -> robot.lookup("#campaign-tabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#campaign-tabs").queryAs(TabPane.class);

        for (String[] tab : TABS) {
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> tab[0].equals(t.getId())).findFirst().orElseThrow()));
            waitFor(() -> robot.lookup(tab[1]).tryQuery().isPresent());
            TableView<?> table = robot.lookup(tab[1]).queryAs(TableView.class);
            waitFor(() -> !table.getItems().isEmpty());
            assertEveryControlHasItsOwnId(robot.lookup("#campaign-page").queryAs(Parent.class));
            shoot(robot, stage.getScene().getRoot(), "campaign-" + tab[0].substring("campaign-tab-".length()) + ".png");
        }

        // the reports tab names reporters by pseudonym only
        robot.interact(() -> tabs.getSelectionModel().select(0));
        TableView<?> reports = robot.lookup("#reports-table").queryAs(TableView.class);
        List<String> cells = WaitForAsyncUtils.asyncFx(() -> TableCsv.snapshot(reports)).get(30, TimeUnit.SECONDS)
                .stream().skip(1).flatMap(List::stream).toList();
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("举报人-"));
    }
}
