package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.app.FxSteps.*;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.FxDialogService;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 统计 on the demo ledger, headless: Ctrl+6 opens the dashboard, whose by-unit chart shows what the
 * statistics service gives for this quarter; picking a workshop redraws the charts with that
 * workshop's figures; the chart saves as a PNG and its figures as CSV through the save dialog.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPageFlowTest {

    private static final LocalDate QUARTER_FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate QUARTER_TO = LocalDate.of(2026, 6, 30);

    @TempDir
    static Path dataDir;
    @TempDir
    static Path outDir;
    private static DemoWorkbench demo;
    private static FxTaskExecutor tasks;
    private Stage stage;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWorkbench.load(dataDir);
    }

    @AfterAll
    static void closeLedger() {
        if (tasks != null) {
            tasks.shutdown();
        }
        demo.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        if (tasks != null) {
            tasks.shutdown();
        }
        tasks = new FxTaskExecutor();
        demo.ledger.session().signOut();
        DialogService dialogs = new SavingInto(new FxDialogService(stage), outDir);
        new Workbench(WorkbenchApplication.servicesFor(demo.ledger, demo.clock, Messages.forLanguage("zh"), tasks,
                dialogs)).show(stage);
    }

    @Test
    void theChartsFollowTheFilterAndAChartSavesAsPng(FxRobot robot) throws Exception {
        SignInSteps.signIn(robot, "anquan", "Demo-2026");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#dashboard-view").tryQuery().isPresent());

        // this quarter, the whole enterprise: the by-unit bars are the service's figures
        Dashboard quarter = demo.ledger.campaign().statistics()
                .dashboard(DashboardFilter.period(QUARTER_FROM, QUARTER_TO));
        assertThat(quarter.byUnit()).as("the demo has hazards this quarter").isNotEmpty();
        waitFor(() -> drawn(robot) && unitBars(robot).equals(found(quarter)));
        waitForText(robot, "#dashboard-figure-found", String.valueOf(foundIn(quarter)));
        assertThat(textOf(robot, "#dashboard-figure-open")).isEqualTo(String.valueOf(quarter.openAtEnd()));
        Parent page = robot.lookup("#dashboard-view").queryAs(Parent.class);
        assertEveryControlHasItsOwnId(page);
        shoot(robot, stage.getScene().getRoot(), "dashboard-01-quarter.png");

        // one workshop: the charts are drawn again with its figures only
        Dashboard.Share busiest = quarter.byUnit().stream().max(Comparator.comparingInt(Dashboard.Share::found))
                .orElseThrow();
        UUID workshop = UUID.fromString(busiest.key());
        @SuppressWarnings("unchecked")
        ComboBox<Choice<UUID>> units = robot.lookup("#dashboard-unit").queryAs(ComboBox.class);
        waitFor(() -> units.getItems().stream().anyMatch(c -> workshop.equals(c.value())));
        robot.interact(() -> units.setValue(units.getItems().stream().filter(c -> workshop.equals(c.value()))
                .findFirst().orElseThrow()));
        Dashboard one = demo.ledger.campaign().statistics()
                .dashboard(new DashboardFilter(QUARTER_FROM, QUARTER_TO, workshop, null, null));
        assertThat(found(one)).as("the filter changes the figures").isNotEqualTo(found(quarter));
        waitFor(() -> drawn(robot) && unitBars(robot).equals(found(one)));
        waitForText(robot, "#dashboard-figure-found", String.valueOf(foundIn(one)));
        assertThat(textOf(robot, "#dashboard-figure-open")).isEqualTo(String.valueOf(one.openAtEnd()));
        shoot(robot, stage.getScene().getRoot(), "dashboard-02-one-workshop.png");

        // the by-unit chart as a PNG: through the save dialog, written in the background
        Button png = robot.lookup("#dashboard-by-unit-png").queryButton();
        robot.interact(png::fire);
        Path image = outDir.resolve("chart.png");
        waitFor(() -> Files.exists(image) && textOf(robot, "#dashboard-status").startsWith("已保存到"));
        BufferedImage read = ImageIO.read(image.toFile());
        assertThat(read).as("a PNG ImageIO can read").isNotNull();
        assertThat(read.getWidth()).isGreaterThan(100);
        assertThat(read.getHeight()).isGreaterThan(100);
        assertThat(Files.readAllBytes(image)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        // and its figures as CSV
        robot.interact(() -> robot.lookup("#dashboard-by-unit-csv").queryButton().fire());
        Path csv = outDir.resolve("data.csv");
        waitFor(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("单位", "发现", "销号");
        assertThat(lines).hasSize(one.byUnit().size() + 1);
    }

    private static boolean drawn(FxRobot robot) {
        return !robot.lookup("#dashboard-loading").queryAs(ProgressIndicator.class).isVisible();
    }

    /** The by-unit chart's first series (found) as label=value, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> unitBars(FxRobot robot) {
        BarChart<String, Number> chart = robot.lookup("#dashboard-by-unit-chart").queryAs(BarChart.class);
        List<String> out = new ArrayList<>();
        if (chart.getData().isEmpty()) {
            return out;
        }
        for (XYChart.Data<String, Number> d : chart.getData().get(0).getData()) {
            out.add(d.getYValue().intValue() + "");
        }
        return out;
    }

    private static List<String> found(Dashboard d) {
        return d.byUnit().stream().map(s -> String.valueOf(s.found())).toList();
    }

    private static int foundIn(Dashboard d) {
        return d.byMonth().stream().mapToInt(Dashboard.MonthPoint::found).sum();
    }

    /** The real dialogs, except that the save chooser answers with chart.png or data.csv in a folder. */
    private record SavingInto(DialogService real, Path folder) implements DialogService {

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
            return Optional.of(folder.resolve(suggestedName.endsWith(".png") ? "chart.png" : "data.csv"));
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
