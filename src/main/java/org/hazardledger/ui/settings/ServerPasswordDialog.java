package org.hazardledger.ui.settings;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/**
 * 连接数据库服务器: shown at start, before the window, when this desk keeps its ledger on a server.
 * 连接 opens it with the password typed; 打开本机台账 opens the embedded ledger for this start; 退出
 * (or closing the dialog) quits. A refusal is said above the buttons and the dialog stays open.
 */
public final class ServerPasswordDialog<T> extends Dialog<T> {

    public ServerPasswordDialog(ServerPasswordViewModel<T> vm, Messages m) {
        setTitle(m.get("app.title"));
        getDialogPane().setId("server-password-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType connect = new ButtonType(m.get("startup.db.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType embedded = new ButtonType(m.get("startup.db.embedded"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(m.get("startup.db.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(connect, embedded, quit);
        var busy = Bindings.createBooleanBinding(() -> vm.busyProperty().get(), vm.busyProperty());
        DialogButtons.actionButton(this, connect, "server-password-connect", vm::connect).disableProperty()
                .bind(busy);
        Button local = DialogButtons.actionButton(this, embedded, "server-password-embedded", vm::openEmbedded);
        local.disableProperty().bind(busy);
        local.setAccessibleHelp(m.get("startup.db.embedded.help"));
        DialogButtons.button(this, quit, "server-password-quit").disableProperty().bind(busy);
        setResultConverter(b -> vm.openedProperty().get());
        // closing the window while a ledger is being opened would leave it open with no window
        setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });

        Label heading = new Label(m.get("startup.db.heading"));
        heading.getStyleClass().add(Styles.PAGE_TITLE);
        Label prompt = new Label(vm.prompt());
        prompt.setId("server-password-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.disableProperty().bind(vm.busyProperty());
        password.setOnAction(e -> vm.connect());
        FormField field = new FormField(m.get("startup.db.password"), password, "server-password-field",
                vm.passwordErrorProperty());
        Label working = new Label();
        working.setId("server-password-working");
        working.getStyleClass().add(Styles.MUTED);
        working.textProperty().bind(vm.workingProperty());
        VBox box = new VBox(10, heading, prompt, field, FormStatus.error("server-password-error", vm.errorProperty()),
                FormStatus.row("server-password-busy", vm.busyProperty(), working));
        box.setPrefWidth(520);
        getDialogPane().setContent(box);
        DialogFit.refitOn(this, vm.errorProperty(), vm.passwordErrorProperty(), vm.busyProperty());
        setOnShown(e -> password.requestFocus());
        // after a refusal the password is typed again: back to the field (it was disabled while busy)
        vm.busyProperty().addListener((o, was, now) -> {
            if (!now && vm.openedProperty().get() == null) {
                password.requestFocus();
                password.selectAll();
            }
        });
    }

    /**
     * Shows it with no owner (the window comes after). {@code onOpened} gets the ledger before the
     * dialog closes, so that a window is always showing; {@code onQuit} runs when the user gives up.
     */
    public static <T> void open(ServerPasswordViewModel<T> vm, Messages m, Consumer<T> onOpened, Runnable onQuit) {
        ServerPasswordDialog<T> dialog = new ServerPasswordDialog<>(vm, m);
        vm.openedProperty().addListener((o, was, now) -> {
            if (now != null) {
                onOpened.accept(now);
                dialog.setResult(now);
                dialog.close();
            }
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == null) {
                onQuit.run();
            }
        });
        dialog.show();
    }
}
