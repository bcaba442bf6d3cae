package org.hazardledger.ui.account;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hazardledger.model.Account;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The login screen, shown in the window's content area until someone signs in. Enter in either
 * field submits. An account that must change its password gets the change dialog first.
 */
public final class SignInView extends StackPane {

    private final SignInViewModel vm;
    private final TextField login = new TextField();

    public SignInView(WorkbenchServices services, Consumer<Account> onSignedIn) {
        Messages m = services.messages();
        this.vm = new SignInViewModel(services.accounts(), m, services.tasks(), onSignedIn);
        setId("sign-in-view");
        getStylesheets().add(AccountForms.CSS);

        Label title = new Label(m.get("signIn.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        login.textProperty().bindBidirectional(vm.loginNameProperty());
        login.setOnAction(e -> vm.signIn());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.signIn());
        Button submit = new Button(m.get("signIn.submit"));
        submit.setId("sign-in-submit");
        submit.setAccessibleText(m.get("signIn.submit"));
        submit.getStyleClass().add(Styles.PRIMARY);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.signIn());

        Label hint = AccountForms.text("", Styles.MUTED, "sign-in-hint");
        hint.setId("sign-in-demo-hint");
        hint.textProperty().bind(vm.demoHintProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        VBox form = new VBox(title,
                new FormField(m.get("account.loginName"), login, "sign-in-login",
                        new javafx.beans.property.SimpleStringProperty("")),
                new FormField(m.get("account.password"), password, "sign-in-password",
                        new javafx.beans.property.SimpleStringProperty("")),
                FormStatus.error("sign-in-error", vm.errorProperty()), submit, hint);
        form.getStyleClass().add("sign-in");
        form.setAlignment(Pos.CENTER_LEFT);
        form.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(form);

        vm.mustChangeProperty().addListener((o, was, now) -> {
            if (now != null) {
                ChangePasswordDialog.open(getScene().getWindow(), new ChangePasswordViewModel(services.accounts(), m,
                        services.tasks(), now.account().loginName(), now.oldPassword()), m, vm::passwordChanged,
                        () -> {
                            vm.passwordChangeCancelled();
                            password.requestFocus();
                        });
            }
        });
        // A refusal clears the password: put the cursor back there to try again.
        vm.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                password.requestFocus();
            }
        });
    }

    /** Looks for the demo hint and puts the cursor in the login field. */
    public void start() {
        vm.start();
        login.requestFocus();
    }

    public SignInViewModel viewModel() {
        return vm;
    }
}
