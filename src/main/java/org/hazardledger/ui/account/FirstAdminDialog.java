package org.hazardledger.ui.account;

import java.util.function.Consumer;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.Account;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** First start of a ledger without accounts: the administrator's login name, name and password. */
public final class FirstAdminDialog extends Dialog<Account> {

    public FirstAdminDialog(FirstAdminViewModel vm, Messages m) {
        setTitle(m.get("firstAdmin.title"));
        AccountForms.buttons(this, m, "first-admin", m.get("firstAdmin.ok"), vm::create, vm.createdProperty(),
                vm.busyProperty());
        TextField login = new TextField();
        login.textProperty().bindBidirectional(vm.loginNameProperty());
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        name.setPromptText(m.get("firstAdmin.name.prompt"));
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField confirm = new PasswordField();
        confirm.textProperty().bindBidirectional(vm.confirmProperty());
        confirm.setOnAction(e -> vm.create());
        VBox box = new VBox(
                AccountForms.text(m.get("firstAdmin.heading"), Styles.PAGE_TITLE),
                AccountForms.text(m.get("firstAdmin.intro"), Styles.MUTED),
                new FormField(m.get("account.loginName"), login, "first-admin-login", vm.loginNameErrorProperty()),
                new FormField(m.get("account.displayName"), name, "first-admin-name", vm.displayNameErrorProperty()),
                new FormField(m.get("account.password"), password, "first-admin-password",
                        vm.passwordErrorProperty()),
                new FormField(m.get("account.password.confirm"), confirm, "first-admin-confirm",
                        vm.confirmErrorProperty()),
                FormStatus.error("first-admin-error", vm.errorProperty()));
        box.getStyleClass().add("account-form");
        box.setPrefWidth(460);
        getDialogPane().setContent(box);
        DialogFit.refitOn(this, vm.loginNameErrorProperty(), vm.displayNameErrorProperty(),
                vm.passwordErrorProperty(), vm.confirmErrorProperty(), vm.errorProperty());
        setOnShown(e -> name.requestFocus());
    }

    /** Shows it; {@code onCreated} gets the administrator, {@code onQuit} runs when the user gives up. */
    public static void open(Window owner, WorkbenchServices services, Consumer<Account> onCreated, Runnable onQuit) {
        FirstAdminViewModel vm = new FirstAdminViewModel(services.accounts(), services.messages(), services.tasks());
        FirstAdminDialog dialog = new FirstAdminDialog(vm, services.messages());
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onCreated.accept(dialog.getResult());
            } else {
                onQuit.run();
            }
        });
        dialog.show();
    }
}
