package org.hazardledger.ui.account;

import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.Account;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 修改密码: shown after a login whose account must change its password first. */
public final class ChangePasswordDialog extends Dialog<Account> {

    public ChangePasswordDialog(ChangePasswordViewModel vm, Messages m) {
        setTitle(m.get("changePassword.title"));
        AccountForms.buttons(this, m, "change-password", m.get("changePassword.ok"), vm::change,
                vm.changedProperty(), vm.busyProperty());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField confirm = new PasswordField();
        confirm.textProperty().bindBidirectional(vm.confirmProperty());
        confirm.setOnAction(e -> vm.change());
        VBox box = new VBox(
                AccountForms.text(m.get("changePassword.intro", vm.loginName()), Styles.MUTED),
                new FormField(m.get("account.password.new"), password, "change-password-new",
                        vm.passwordErrorProperty()),
                new FormField(m.get("account.password.confirm"), confirm, "change-password-confirm",
                        vm.confirmErrorProperty()),
                FormStatus.error("change-password-error", vm.errorProperty()));
        box.getStyleClass().add("account-form");
        box.setPrefWidth(420);
        getDialogPane().setContent(box);
        DialogFit.refitOn(this, vm.passwordErrorProperty(), vm.confirmErrorProperty(), vm.errorProperty());
        setOnShown(e -> password.requestFocus());
    }

    /** Shows it; {@code onChanged} gets the account once its new password is saved, {@code onCancel} otherwise. */
    static void open(Window owner, ChangePasswordViewModel vm, Messages m,
                     java.util.function.Consumer<Account> onChanged, Runnable onCancel) {
        ChangePasswordDialog dialog = new ChangePasswordDialog(vm, m);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onChanged.accept(dialog.getResult());
            } else {
                onCancel.run();
            }
        });
        dialog.show();
    }
}
