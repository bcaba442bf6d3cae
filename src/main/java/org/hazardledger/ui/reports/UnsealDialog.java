package org.hazardledger.ui.reports;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/**
 * 查看身份: passphrase and reason, then the identity in the same dialog. Nothing is kept once it
 * closes: the ViewModel forgets the identity and the fields are cleared.
 */
final class UnsealDialog extends Dialog<Void> {

    private final UnsealViewModel vm;
    private final Messages m;

    UnsealDialog(UnsealViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(vm.title());
        setResizable(true);
        getDialogPane().setId("reports-unseal-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType open = new ButtonType(m.get("reports.unseal.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("reports.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(open, close);

        Label help = new Label(m.get("reports.unseal.help"));
        help.setWrapText(true);
        help.setMaxWidth(440);
        PasswordField passphrase = new PasswordField();
        TextArea reason = new TextArea();
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        VBox ask = new VBox(8, help,
                new FormField(m.get("reports.unseal.passphrase"), passphrase, "reports-unseal-passphrase",
                        vm.passphraseErrorProperty()),
                new FormField(m.get("reports.unseal.reason"), reason, "reports-unseal-reason",
                        vm.reasonErrorProperty()),
                FormStatus.row("reports-unseal-busy", vm.busyProperty(),
                        FormStatus.error("reports-unseal-error", vm.formErrorProperty())));
        getDialogPane().setContent(ask);

        Button openButton = DialogButtons.actionButton(this, open, "reports-unseal-ok", () -> {
            char[] typed = passphrase.getText().toCharArray();
            passphrase.clear();
            vm.submit(typed);
        });
        openButton.disableProperty().bind(vm.busyProperty().or(vm.identityProperty().isNotNull()));
        DialogButtons.button(this, close, "reports-unseal-close");
        vm.identityProperty().addListener((o, was, identity) -> {
            if (identity != null) {
                getDialogPane().setContent(shown(identity));
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        setResultConverter(b -> null);
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
            passphrase.clear();
            vm.forget();
            getDialogPane().setContent(null);
        });
        setOnShown(e -> passphrase.requestFocus());
    }

    static void open(Window owner, UnsealViewModel vm, Messages messages) {
        UnsealDialog dialog = new UnsealDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.show();
    }

    private VBox shown(ReporterIdentity identity) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        row(grid, 0, "reports.field.name", "reports-identity-name", identity.name());
        row(grid, 1, "reports.field.contact", "reports-identity-contact", identity.contact());
        row(grid, 2, "reports.field.workplace", "reports-identity-workplace", identity.workplace());
        row(grid, 3, "reports.field.note", "reports-identity-note", identity.note());
        Label warning = new Label(m.get("reports.unseal.shown"));
        warning.setWrapText(true);
        warning.setMaxWidth(440);
        warning.getStyleClass().add(Styles.MUTED);
        return new VBox(10, warning, grid);
    }

    private void row(GridPane grid, int row, String labelKey, String id, String value) {
        Label label = new Label(m.get(labelKey));
        TextField text = new TextField(value);
        text.setEditable(false);
        text.setId(id);
        text.setAccessibleText(m.get(labelKey));
        text.setPrefColumnCount(24);
        label.setLabelFor(text);
        grid.addRow(row, label, text);
    }
}
