package org.hazardledger.ui.account;

import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.hazardledger.model.Account;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 重置密码: a temporary password the account's owner must change at the next login. */
public final class ResetPasswordDialog extends Dialog<Account> {

    public ResetPasswordDialog(ResetPasswordViewModel vm, Messages m) {
        setTitle(m.get("accounts.reset"));
        AccountForms.buttons(this, m, "reset-password", m.get("accounts.reset"), vm::reset, vm.savedProperty(),
                vm.busyProperty());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField confirm = new PasswordField();
        confirm.textProperty().bindBidirectional(vm.confirmProperty());
        VBox box = new VBox(
                AccountForms.text(vm.heading()),
                AccountForms.text(m.get("accounts.reset.hint"), Styles.MUTED),
                new FormField(m.get("account.password.new"), password, "reset-password-new",
                        vm.passwordErrorProperty()),
                new FormField(m.get("account.password.confirm"), confirm, "reset-password-confirm",
                        vm.confirmErrorProperty()),
                FormStatus.error("reset-password-error", vm.errorProperty()));
        box.getStyleClass().add("account-form");
        box.setPrefWidth(420);
        getDialogPane().setContent(box);
        DialogFit.refitOn(this, vm.passwordErrorProperty(), vm.confirmErrorProperty(), vm.errorProperty());
        setOnShown(e -> password.requestFocus());
    }
}
