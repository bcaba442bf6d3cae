package org.hazardledger.ui.account;

import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 新建账户 / 编辑账户, for the administrator. */
public final class AccountFormDialog extends Dialog<Account> {

    public AccountFormDialog(AccountFormViewModel vm, Messages m) {
        setTitle(m.get(vm.isNew() ? "accounts.add" : "accounts.edit"));
        AccountForms.buttons(this, m, "account-form", m.get("account.save"), vm::save, vm.savedProperty(),
                vm.busyProperty());
        TextField login = new TextField();
        login.textProperty().bindBidirectional(vm.loginNameProperty());
        login.setEditable(vm.isNew());
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        ComboBox<Choice<AccountRole>> role = new ComboBox<>(vm.roles());
        role.valueProperty().bindBidirectional(vm.roleProperty());
        ComboBox<Choice<UUID>> scope = new ComboBox<>(vm.units());
        scope.valueProperty().bindBidirectional(vm.scopeUnitProperty());
        ComboBox<Choice<UUID>> person = new ComboBox<>(vm.people());
        person.valueProperty().bindBidirectional(vm.personProperty());
        person.setVisibleRowCount(15);

        VBox box = new VBox(
                new FormField(m.get("account.loginName"), login, "account-form-login", vm.loginNameErrorProperty()),
                new FormField(m.get("account.displayName"), name, "account-form-name", vm.displayNameErrorProperty()),
                new FormField(m.get("account.role"), role, "account-form-role", vm.roleErrorProperty()),
                new FormField(m.get("account.scope"), scope, "account-form-scope", vm.scopeErrorProperty()),
                new FormField(m.get("account.person"), person, "account-form-person", vm.personErrorProperty()));
        if (vm.isNew()) {
            PasswordField password = new PasswordField();
            password.textProperty().bindBidirectional(vm.passwordProperty());
            PasswordField confirm = new PasswordField();
            confirm.textProperty().bindBidirectional(vm.confirmProperty());
            box.getChildren().addAll(
                    AccountForms.text(m.get("accounts.add.passwordHint"), Styles.MUTED),
                    new FormField(m.get("account.password"), password, "account-form-password",
                            vm.passwordErrorProperty()),
                    new FormField(m.get("account.password.confirm"), confirm, "account-form-confirm",
                            vm.confirmErrorProperty()));
        }
        box.getChildren().add(FormStatus.error("account-form-error", vm.errorProperty()));
        box.getStyleClass().add("account-form");
        box.setPrefWidth(480);
        getDialogPane().setContent(box);
        DialogFit.refitOn(this, vm.loginNameErrorProperty(), vm.displayNameErrorProperty(), vm.scopeErrorProperty(),
                vm.passwordErrorProperty(), vm.confirmErrorProperty(), vm.errorProperty());
        setOnShown(e -> (vm.isNew() ? login : name).requestFocus());
    }
}
