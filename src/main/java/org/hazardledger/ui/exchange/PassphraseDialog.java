package org.hazardledger.ui.exchange;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.Styles;

/**
 * Asks for a passphrase (twice for a new key). The answer is a char array the caller wipes; the
 * fields are emptied when the dialog closes.
 */
final class PassphraseDialog extends Dialog<char[]> {

    private char[] accepted;

    private PassphraseDialog(PassphraseViewModel vm, Messages m) {
        setTitle(vm.title());
        setResizable(true);
        getDialogPane().setId("exchange-passphrase-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, ExchangeView.CSS);
        ButtonType ok = new ButtonType(m.get("exchange.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exchange.dialogCancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);

        Label help = new Label(vm.help());
        help.setId("exchange-passphrase-help");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.setMaxWidth(420);
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        VBox box = new VBox(8, help, new FormField(m.get(vm.repeat() ? "exchange.passphrase.newField"
                : "exchange.passphrase"), first, "exchange-passphrase-first", vm.firstErrorProperty()));
        if (vm.repeat()) {
            box.getChildren().add(new FormField(m.get("exchange.passphrase.repeat"), second,
                    "exchange-passphrase-second", vm.secondErrorProperty()));
        }
        getDialogPane().setContent(box);
        Button okButton = DialogButtons.actionButton(this, ok, "exchange-passphrase-ok", () -> {
            char[] a = first.getText().toCharArray();
            char[] b = second.getText().toCharArray();
            boolean fine = vm.check(a, b);
            Arrays.fill(b, '\0');
            if (fine) {
                accepted = a;
                setResult(a);
                close();
            } else {
                Arrays.fill(a, '\0');
            }
        });
        okButton.setDefaultButton(true);
        DialogButtons.button(this, cancel, "exchange-passphrase-cancel");
        setResultConverter(b -> b == ok ? accepted : null);
        setOnHidden(e -> {
            first.clear();
            second.clear();
        });
        setOnShown(e -> first.requestFocus());
    }

    /** The passphrase typed, once the dialog's model accepted it; empty when cancelled. */
    static Optional<char[]> ask(Window owner, PassphraseViewModel vm, Messages m) {
        PassphraseDialog dialog = new PassphraseDialog(vm, m);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        return dialog.showAndWait();
    }
}
