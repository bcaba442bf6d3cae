package org.hazardledger.ui.reports;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 创建封存密钥 / 更换密钥: passphrases only; closes when the key is made. */
final class SealKeyDialog extends Dialog<Boolean> {

    SealKeyDialog(SealKeyViewModel vm, Messages m) {
        setTitle(vm.title());
        getDialogPane().setId("reports-key-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("reports.key.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("reports.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Label help = new Label(vm.help());
        help.setWrapText(true);
        help.setMaxWidth(440);
        PasswordField current = new PasswordField();
        PasswordField next = new PasswordField();
        PasswordField repeat = new PasswordField();
        VBox box = new VBox(8, help);
        if (vm.rotate()) {
            box.getChildren().add(new FormField(m.get("reports.key.current"), current, "reports-key-current",
                    vm.currentErrorProperty()));
        }
        box.getChildren().addAll(
                new FormField(m.get("reports.key.new"), next, "reports-key-new", vm.newErrorProperty()),
                new FormField(m.get("reports.key.repeat"), repeat, "reports-key-repeat", vm.repeatErrorProperty()),
                FormStatus.row("reports-key-busy", vm.busyProperty(),
                        FormStatus.error("reports-key-error", vm.formErrorProperty())));
        getDialogPane().setContent(box);
        Button okButton = DialogButtons.actionButton(this, ok, "reports-key-ok", () -> {
            char[] a = current.getText().toCharArray();
            char[] b = next.getText().toCharArray();
            char[] c = repeat.getText().toCharArray();
            vm.submit(a, b, c);
            java.util.Arrays.fill(a, '\0');
            java.util.Arrays.fill(b, '\0');
        });
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "reports-key-cancel");
        setResultConverter(b -> vm.doneProperty().get());
        vm.doneProperty().addListener((o, was, done) -> {
            if (done) {
                setResult(Boolean.TRUE);
                close();
            }
        });
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
            current.clear();
            next.clear();
            repeat.clear();
        });
        setOnShown(e -> (vm.rotate() ? current : next).requestFocus());
    }

    static void open(Window owner, SealKeyViewModel vm, Messages m, Runnable onDone) {
        SealKeyDialog dialog = new SealKeyDialog(vm, m);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (Boolean.TRUE.equals(dialog.getResult())) {
                onDone.run();
            }
        });
        dialog.show();
    }
}
