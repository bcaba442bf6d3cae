package org.hazardledger.ui.account;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.hazardledger.model.Account;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The 账户管理 page (administrators only): the accounts table and its commands. */
public final class AccountsView extends VBox {

    public static final String CSS = AccountForms.CSS;

    private final AccountsViewModel vm;
    private final Messages m;

    public AccountsView(WorkbenchServices services) {
        this.m = services.messages();
        this.vm = new AccountsViewModel(services);
        setId("accounts-view");
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        getStyleClass().add("accounts-view");

        Label title = new Label(m.get("nav.accounts"));
        title.getStyleClass().add(Styles.PAGE_TITLE);

        TableView<AccountRow> table = new TableView<>(vm.rows());
        table.setId("accounts-table");
        table.setAccessibleText(m.get("nav.accounts"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("accounts.column.login", AccountRow::loginName, 120),
                column("accounts.column.name", AccountRow::displayName, 140),
                column("accounts.column.role", AccountRow::role, 140),
                column("accounts.column.scope", AccountRow::scope, 240),
                column("accounts.column.disabled", AccountRow::disabled, 70),
                column("accounts.column.locked", AccountRow::locked, 70)));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<AccountRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = button("accounts-add", "accounts.add", this::add);
        Button edit = button("accounts-edit", "accounts.edit", this::edit);
        Button disable = button("accounts-disable", "accounts.disable", vm::toggleDisabled);
        disable.textProperty().bind(Bindings.createStringBinding(() -> m.get(
                vm.selectedProperty().get() != null && vm.selectedProperty().get().account().disabled()
                        ? "accounts.enable" : "accounts.disable"), vm.selectedProperty()));
        Button reset = button("accounts-reset", "accounts.reset", this::reset);
        Button refresh = button("accounts-refresh", "accounts.refresh", vm::refresh);
        add.getStyleClass().add(Styles.PRIMARY);
        for (Button b : new Button[] {edit, disable, reset}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        HBox actions = new HBox(8, add, edit, disable, reset, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add(Styles.TOOLBAR);

        Label message = AccountForms.text("");
        message.setId("accounts-message");
        message.textProperty().bind(vm.messageProperty());

        getChildren().addAll(title, actions, table, message);
    }

    /** Loads the table. */
    public void start() {
        vm.refresh();
    }

    public AccountsViewModel viewModel() {
        return vm;
    }

    private void add() {
        show(new AccountFormDialog(vm.newAccount(), m));
    }

    private void edit() {
        AccountFormViewModel form = vm.editSelected();
        if (form != null) {
            show(new AccountFormDialog(form, m));
        }
    }

    private void reset() {
        ResetPasswordViewModel form = vm.resetSelected();
        if (form != null) {
            show(new ResetPasswordDialog(form, m));
        }
    }

    private void show(Dialog<Account> dialog) {
        dialog.initOwner(getScene().getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                vm.saved(dialog.getResult());
            }
        });
        dialog.show();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<AccountRow, String> column(String key, Function<AccountRow, String> value, double width) {
        TableColumn<AccountRow, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
