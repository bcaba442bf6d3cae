package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Actor;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.FxDialogService;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.Workbench;
import org.hazardledger.ui.sheetimport.TestSheets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 导入 Excel 台账 end to end, headless, on a small ledger: Ctrl+I opens the wizard, a sheet made here
 * with POI is read, its guessed mapping taken, checked and imported; the rows appear in the ledger
 * table; then 导出 Excel writes the ledger view to a workbook POI reads back.
 */
@ExtendWith(ApplicationExtension.class)
class SheetImportPageFlowTest {

    private static final String PASSWORD = "Anquan-2026";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path outDir;
    private static Ledger ledger;
    private static Clock clock;
    private static FxTaskExecutor tasks;
    private static Path sheet;
    private Stage stage;

    @BeforeAll
    static void smallLedger() {
        clock = fixedClock();
        ledger = Ledger.open(dataDir, clock, new Actor("tester"));
        ledger.setup().initialiseEmpty("测试化工有限公司", Industry.CHEMICALS);
        ledger.session().signIn(new Actor("安全员 (clerk)", AccountRole.CLERK, null, null));
        OrgUnit plant = ledger.organisation().addUnit(null, Tier.PLANT, "P1", "一厂");
        OrgUnit workshop = ledger.organisation().addUnit(plant.id(), Tier.WORKSHOP, "P1-W1", "合成车间");
        OrgUnit team = ledger.organisation().addUnit(workshop.id(), Tier.TEAM, "P1-W1-T1", "甲班");
        OrgUnit post = ledger.organisation().addUnit(team.id(), Tier.POST, "P1-W1-T1-01", "反应釜操作岗");
        ledger.organisation().addPerson(post.id(), "E0001", "王小明", Role.WORKER);
        ledger.organisation().addPerson(team.id(), "E0002", "李建国", Role.TEAM_LEADER);
        SignInSteps.createAccount(ledger, "anquan", "安全员", PASSWORD, AccountRole.CLERK, null);
        Messages zh = Messages.forLanguage("zh");
        String category = ledger.referenceData().hazardCategories().get(0).nameZh();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(TestSheets.row(zh, TODAY.minusDays(2), "1号反应釜进料阀", "进料阀法兰处有渗漏", category));
        rows.add(TestSheets.row(zh, TODAY.minusDays(1), "2号泵房配电箱", "配电箱门锁损坏，无警示标识", category));
        sheet = TestSheets.xlsx(outDir.resolve("车间台账.xlsx"), zh, false, rows);
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
        DialogService dialogs = new Answering(new FxDialogService(stage), sheet, outDir);
        new Workbench(WorkbenchApplication.servicesFor(ledger, clock, Messages.forLanguage("zh"), tasks, dialogs))
                .show(stage);
    }

    @Test
    void aClerkImportsASheetFromTheMenuSeesItsRowsAndExportsTheLedger(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "anquan", PASSWORD);
        TableView<HazardRow> table = ledgerTable(robot);
        assertThat(ledger.hazards().count(HazardQuery.ALL)).isZero();
        MenuItem importItem = menuItem(robot, "menu-import-sheet");
        waitFor(() -> !importItem.isDisable());
        waitFor(() -> robot.lookup("#ledger-import-sheet").tryQuery().map(n -> n.isVisible()).orElse(false));

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#sheetImport-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#sheetImport-dialog").queryAs(DialogPane.class);
        Window wizard = dialog.getScene().getWindow();
        robot.clickOn("#sheetImport-chooseFile");
        waitForText(robot, "#sheetImport-step", "工作表与表头");
        assertThat(textOf(robot, "#sheetImport-error")).isEmpty();
        assertEveryControlHasItsOwnId(dialog);
        shoot(robot, dialog, "sheet-import-01-sheet.png");

        robot.clickOn("#sheetImport-next");
        waitForText(robot, "#sheetImport-step", "列对应");
        assertThat(textOf(robot, "#sheetImport-missing")).isEmpty();
        shoot(robot, dialog, "sheet-import-02-mapping.png");
        robot.clickOn("#sheetImport-next");
        waitForText(robot, "#sheetImport-step", "预览");
        robot.clickOn("#sheetImport-next");
        waitForText(robot, "#sheetImport-step", "检查");
        waitForText(robot, "#sheetImport-counts", "共 2 行：无误 2 行");
        shoot(robot, dialog, "sheet-import-03-check.png");
        robot.clickOn("#sheetImport-next");
        waitForText(robot, "#sheetImport-step", "导入");
        robot.clickOn("#sheetImport-import");
        waitForText(robot, "#sheetImport-result", "已导入 2 条隐患");
        assertThat(ledger.hazards().count(HazardQuery.ALL)).isEqualTo(2);
        shoot(robot, dialog, "sheet-import-04-done.png");

        // the ledger behind the wizard has reloaded
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(HazardRow::place)
                .containsExactlyInAnyOrder("1号反应釜进料阀", "2号泵房配电箱");
        robot.clickOn("#sheetImport-close");
        waitFor(() -> !wizard.isShowing());

        // 导出 Excel: the ledger view as a workbook
        robot.clickOn("#ledger-export-excel");
        Path exported = outDir.resolve("隐患台账-2026-06-15.xlsx");
        waitForText(robot, "#ledger-export-excel-status", exported.toAbsolutePath().toString());
        assertThat(Files.exists(exported)).isTrue();
        List<List<String>> rows = TestSheets.read(exported).get(0);
        assertThat(String.join(" ", rows.get(0))).contains("测试化工有限公司");
        assertThat(rows.stream().filter(r -> r.stream().anyMatch(c -> c.startsWith("YH-2026-"))).count())
                .isEqualTo(2);
        assertThat(rows.stream().filter(r -> r.contains("2号泵房配电箱")).count()).isEqualTo(1);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** The real dialogs, but the file choosers answer with the test's sheet and folder, and confirmations say yes. */
    private record Answering(DialogService real, Path openAnswer, Path folder) implements DialogService {

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public void showInformation(String title, String message) {
            real.showInformation(title, message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                             String extensionPattern) {
            return Optional.of(folder.resolve(suggestedName));
        }

        @Override
        public List<Path> chooseOpenFiles(String title) {
            return List.of(openAnswer);
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, String extensionDescription, String extensionPattern) {
            return Optional.of(openAnswer);
        }

        @Override
        public boolean openInSystemViewer(Path file) {
            return false;
        }
    }
}
