package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormKind;
import org.hazardledger.service.Actor;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.FxDialogService;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.Workbench;
import org.hazardledger.ui.print.FormsViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 表单打印 end to end, headless: the clerk picks the rectification notice, types a hazard number,
 * previews it and saves it as PDF, then closes the preview with Esc.
 */
@ExtendWith(ApplicationExtension.class)
class FormsPageFlowTest {

    private static final String PASSWORD = "Clerk-Passw0rd";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path outDir;
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
        Person director = ledger.organisation().addPerson(workshop.id(), "E0003", "张伟", Role.WORKSHOP_DIRECTOR);
        Hazard registered = ledger.hazards().register(new HazardDraft(
                new Registration(workshop.id(), "2号反应釜", TODAY, null, true, HazardSource.WORKSHOP_CHECK,
                        "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, "安全阀校验过期"),
                new Grading(Grade.GENERAL, "B", null, null, Tier.WORKSHOP)));
        hazard = ledger.hazards().perform(registered.id(), registered.revision(), new HazardCommand.Assign(
                new Rectification("送检安全阀", "停用2号反应釜", director.id(), TODAY.plusDays(7),
                        new java.math.BigDecimal("500.00"), "安全阀校验合格", director.id()), null));
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
        DialogService dialogs = new SavingTo(new FxDialogService(stage), outDir.resolve("notice.pdf"));
        new Workbench(WorkbenchApplication.servicesFor(ledger, clock, Messages.forLanguage("zh"), tasks, dialogs))
                .show(stage);
    }

    @Test
    void theClerkPreviewsANoticeAndSavesItAsPdf(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "clerk", PASSWORD);
        robot.clickOn("#nav-forms");
        waitFor(() -> robot.lookup("#forms-kinds").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<FormsViewModel.KindEntry> kinds = robot.lookup("#forms-kinds").queryAs(ListView.class);
        assertThat(kinds.getItems()).hasSize(FormKind.values().length);
        robot.interact(() -> kinds.getSelectionModel().select(kinds.getItems().stream()
                .filter(k -> k.kind() == FormKind.STATISTICS).findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#forms-statistics-year").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.interact(() -> kinds.getSelectionModel().select(0));
        waitForText(robot, "#forms-chosen", "隐患整改通知单（表号 HL-01）");
        assertEveryControlHasItsOwnId(stage.getScene().getRoot());
        shoot(robot, stage.getScene().getRoot(), "forms-01-page.png");

        // a number in the wrong form is refused at the field
        robot.clickOn("#forms-hazard-number").write("YH-2026");
        robot.clickOn("#forms-preview");
        waitForText(robot, "#forms-hazard-number-error", "请填写隐患编号，格式如 YH-2026-06-0001");

        robot.doubleClickOn("#forms-hazard-number").eraseText(20).write(hazard.number().toString());
        robot.clickOn("#forms-preview");
        waitFor(() -> robot.lookup("#print-preview").tryQuery().isPresent());
        waitForText(robot, "#print-preview-page", "1 / 1");
        ImageView image = robot.lookup("#print-preview-image").queryAs(ImageView.class);
        waitFor(() -> image.getImage() != null);
        assertThat(image.getImage().getWidth()).isGreaterThan(300);
        Parent preview = robot.lookup("#print-preview").queryAs(Parent.class);
        assertEveryControlHasItsOwnId(preview);
        shoot(robot, preview, "forms-02-preview.png");

        robot.clickOn("#print-preview-save");
        Path saved = outDir.resolve("notice.pdf");
        waitFor(() -> Files.exists(saved) && textOf(robot, "#print-preview-status").startsWith("已保存到"));
        assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#print-preview").tryQuery().isEmpty());
    }

    /** The real dialogs, except that the save chooser answers with a prepared file (no native chooser headless). */
    private record SavingTo(DialogService real, Path answer) implements DialogService {

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
            return real.confirm(title, message);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                             String extensionPattern) {
            return Optional.of(answer);
        }

        @Override
        public List<Path> chooseOpenFiles(String title) {
            return List.of();
        }

        @Override
        public boolean openInSystemViewer(Path file) {
            return false;
        }
    }
}
