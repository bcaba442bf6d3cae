package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hazardledger.model.HazardRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FxDialogService;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the TestFX walkthroughs do over and over: wait, read a label, pick, photograph, check the ids. */
final class FxSteps {

    /** The walkthroughs' today: 2026-06-15, 09:30 in China. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final int WAIT_SECONDS = 60;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private FxSteps() {
    }

    static Clock fixedClock() {
        return Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);
    }

    /** The workbench over {@code ledger} in Chinese, as the application shows it. */
    static void showWorkbench(Ledger ledger, Clock clock, FxTaskExecutor tasks, Stage stage) {
        new Workbench(WorkbenchApplication.servicesFor(ledger, clock, Messages.forLanguage("zh"), tasks,
                new FxDialogService(stage))).show(stage);
    }

    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException raced) {
                // a lookup from the test thread met the scene graph while a redraw changed it: look again
                return false;
            }
        });
    }

    /** Waits until the label shows {@code expected}; fails with what it shows instead. */
    static void waitForText(FxRobot robot, String query, String expected) {
        try {
            waitFor(() -> textOf(robot, query).contains(expected));
        } catch (TimeoutException e) {
            assertThat(textOf(robot, query)).as("text of %s", query).contains(expected);
        }
    }

    /** The text of a label; "" while it is not shown. */
    static String textOf(FxRobot robot, String query) {
        try {
            // on the FX thread: a lookup from the test thread races with redraws (charts, tables)
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText())
                    .orElse("")).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read " + query, e);
        }
    }

    static void selectFirst(FxRobot robot, String query) {
        ComboBox<Choice<?>> box = robot.lookup(query).queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(0));
    }

    @SuppressWarnings("unchecked")
    static TableView<HazardRow> ledgerTable(FxRobot robot) throws TimeoutException {
        waitFor(() -> robot.lookup("#ledger-table").tryQuery().isPresent());
        return robot.lookup("#ledger-table").queryAs(TableView.class);
    }

    /** A picture of what the user would see, to check by eye that Chinese renders and the layout holds. */
    static void shoot(FxRobot robot, Node node, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        BufferedImage image = SwingFXUtils.fromFXImage(robot.capture(node).getImage(), null);
        ImageIO.write(image, "png", SCREENSHOTS.resolve(name).toFile());
    }

    /**
     * Ids are how tests and accessibility tools find controls: each interactive control has one,
     * and no two nodes share one. Controls inside another control (its skin's parts) and the
     * notification bar's parts are the toolkit's and are not counted.
     */
    static void assertEveryControlHasItsOwnId(Parent root) throws Exception {
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            walk(root, false, new HashSet<>(), found);
            return found;
        }).get(30, TimeUnit.SECONDS);
        assertThat(problems).isEmpty();
    }

    private static void walk(Node node, boolean insideControl, Set<String> seen, List<String> problems) {
        if (!insideControl && node.getId() != null && !seen.add(node.getId())) {
            problems.add("duplicate id " + node.getId());
        }
        boolean interactive = node instanceof ButtonBase || node instanceof TextInputControl
                || node instanceof ComboBoxBase || node instanceof TableView || node instanceof ListView
                || node instanceof Spinner;
        if (interactive && !insideControl && node.getId() == null) {
            problems.add("no id: " + node);
        }
        if (node instanceof TitledPane pane) {
            // its title bar is the toolkit's (with fixed ids of its own); what it holds is ours
            if (pane.getContent() != null) {
                walk(pane.getContent(), insideControl, seen, problems);
            }
            return;
        }
        if (node instanceof Parent p) {
            boolean inside = insideControl || interactive || node.getStyleClass().contains("notification-bar");
            p.getChildrenUnmodifiable().forEach(c -> walk(c, inside, seen, problems));
        }
    }
}
