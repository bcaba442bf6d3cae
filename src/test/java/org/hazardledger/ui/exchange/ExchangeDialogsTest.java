package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page's three dialogs on a headless screen: what they show, what they refuse at the field, what they answer. */
@ExtendWith(ApplicationExtension.class)
class ExchangeDialogsTest {

    private final Messages m = Messages.forLanguage("zh");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1100, 760));
        stage.show();
    }

    /** Opens a dialog (it waits for its answer) and returns where the answer will land. */
    private <T> AtomicReference<Optional<T>> open(Supplier<Optional<T>> dialog) throws Exception {
        AtomicReference<Optional<T>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(dialog.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static void await(AtomicReference<?> answer) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> answer.get() != null);
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theNewPassphraseIsRefusedAtItsFieldsUntilItIsLongAndRepeated(FxRobot robot) throws Exception {
        AtomicReference<Optional<char[]>> answer = open(
                () -> PassphraseDialog.ask(stage, PassphraseViewModel.forNewKey(m), m));
        type(robot, "#exchange-passphrase-first", "short");
        type(robot, "#exchange-passphrase-second", "short");
        robot.clickOn("#exchange-passphrase-ok");
        assertThat(label(robot, "#exchange-passphrase-first-error")).isEqualTo("口令至少需要 8 个字符");

        type(robot, "#exchange-passphrase-first", "long enough");
        type(robot, "#exchange-passphrase-second", "long enougg");
        robot.clickOn("#exchange-passphrase-ok");
        assertThat(label(robot, "#exchange-passphrase-second-error")).isEqualTo("两次输入的口令不一致");
        assertThat(answer.get()).isNull();

        type(robot, "#exchange-passphrase-second", "long enough");
        robot.clickOn("#exchange-passphrase-ok");
        await(answer);
        assertThat(answer.get()).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("long enough"));
    }

    @Test
    void cancellingThePassphraseAnswersNothing(FxRobot robot) throws Exception {
        AtomicReference<Optional<char[]>> answer = open(
                () -> PassphraseDialog.ask(stage, PassphraseViewModel.forRotation(m), m));
        assertThat(robot.lookup("#exchange-passphrase-second").tryQuery()).isEmpty();
        type(robot, "#exchange-passphrase-first", "something");
        robot.clickOn("#exchange-passphrase-cancel");
        await(answer);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void trustIsGivenOnlyForTheFingerprintReadBack(FxRobot robot) throws Exception {
        TrustViewModel vm = new TrustViewModel(m, FakeExchangeActions.key(FakeExchangeActions.FEDERATION,
                FakeExchangeActions.FEDERATION_ID, "市总工会", InstallationRole.FEDERATION, false, false, false));
        AtomicReference<Optional<Boolean>> answer = open(() -> Optional.of(TrustDialog.ask(stage, vm, m)));
        assertThat(robot.lookup("#exchange-trust-fingerprint").queryAs(TextField.class).getText())
                .isEqualTo("1111 2222 3333 4444 5555 6666 7777 8888 9999 0000");
        type(robot, "#exchange-trust-readback", "1111 2222 3333 4444 5555 6666 7777 8888 9999 0001");
        robot.clickOn("#exchange-trust-ok");
        assertThat(label(robot, "#exchange-trust-readback-error")).startsWith("输入的指纹与该密钥的指纹不一致");
        assertThat(answer.get()).isNull();

        type(robot, "#exchange-trust-readback", "1111222233334444555566667777888899990000");
        robot.clickOn("#exchange-trust-ok");
        await(answer);
        assertThat(answer.get()).contains(Boolean.TRUE);
    }

    @Test
    void thePageShowsTheOwnKeyLargeAndTheTrustedRecipient(FxRobot robot) throws Exception {
        FakeExchangeActions fake = new FakeExchangeActions();
        fake.own = FakeExchangeActions.key(FakeExchangeActions.OWN, FakeExchangeActions.OWN_ID, "测试化工有限公司",
                InstallationRole.ENTERPRISE, true, true, false);
        fake.others.add(FakeExchangeActions.key(FakeExchangeActions.FEDERATION, FakeExchangeActions.FEDERATION_ID,
                "市总工会", InstallationRole.FEDERATION, false, true, false));
        fake.openConflicts.add(FakeExchangeActions.conflict());
        org.hazardledger.ui.FxTaskExecutor tasks = new org.hazardledger.ui.FxTaskExecutor();
        try {
            java.time.Clock clock = java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
            AtomicReference<ExchangeView> shown = new AtomicReference<>();
            robot.interact(() -> {
                ExchangeView page = new ExchangeView(new ExchangeViewModel(m, tasks,
                        new org.hazardledger.ui.RecordingDialogService(), clock, fake), m);
                stage.getScene().getStylesheets().addAll(org.hazardledger.ui.Styles.THEME,
                        org.hazardledger.ui.Styles.FORM);
                stage.getScene().setRoot(page);
                page.start();
                shown.set(page);
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "730D C2A8 DFF5 291B CAEE 5907 E8F3 4CA4 DAC8 9583"
                    .equals(robot.lookup("#exchange-own-fingerprint").queryAs(TextField.class).getText()));
            assertThat(label(robot, "#exchange-own-name")).isEqualTo("测试化工有限公司");
            assertThat(robot.lookup("#exchange-create-key").queryButton().getParent().isVisible()).isFalse();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.get().viewModel().export().recipientProperty().get() != null);
            assertThat(robot.lookup("#exchange-keys").queryTableView().getItems()).hasSize(1);
            assertThat(robot.lookup("#exchange-conflicts").queryTableView().getItems()).hasSize(1);
            java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                    robot.capture(robot.lookup(".exchange-page").<javafx.scene.Node>query()).getImage(), null), "png",
                    out.resolve("exchange-03-with-keys.png").toFile());
        } finally {
            tasks.shutdown();
        }
    }

    @Test
    void aConflictShowsBothSidesAndAnswersTheChoice(FxRobot robot) throws Exception {
        ConflictViewModel vm = new ConflictViewModel(m, FakeExchangeActions.conflict());
        AtomicReference<Optional<RecordConflict.Resolution>> answer = open(() -> ConflictDialog.ask(stage, vm, m));
        assertThat(robot.lookup("#exchange-conflict-kept").queryAs(TextArea.class).getText()).contains("安全阀");
        assertThat(robot.lookup("#exchange-conflict-incoming").queryAs(TextArea.class).getText())
                .contains("安全阀校验");
        robot.clickOn("#exchange-conflict-keep");
        await(answer);
        assertThat(answer.get()).contains(RecordConflict.Resolution.KEPT);
    }
}
