package org.hazardledger.ui.account;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.Styles;

/** What the account dialogs share: their style, OK and Cancel buttons, the form-level message. */
final class AccountForms {

    static final String CSS = Styles.css("account/account.css");

    private AccountForms() {
    }

    /**
     * Gives {@code dialog} an OK button (id {@code prefix-ok}) that runs {@code action} and stays
     * open until {@code result} is set, and a Cancel button ({@code prefix-cancel}).
     */
    static <T> void buttons(Dialog<T> dialog, Messages m, String prefix, String okText, Runnable action,
                            ReadOnlyObjectProperty<T> result, javafx.beans.value.ObservableBooleanValue busy) {
        dialog.getDialogPane().setId(prefix + "-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, CSS);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("account.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        DialogButtons.actionButton(dialog, ok, prefix + "-ok", action).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy));
        DialogButtons.button(dialog, cancel, prefix + "-cancel");
        dialog.setResultConverter(b -> result.get());
        result.addListener((o, was, now) -> {
            if (now != null) {
                dialog.setResult(now);
                dialog.close();
            }
        });
    }

    static Label text(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}
