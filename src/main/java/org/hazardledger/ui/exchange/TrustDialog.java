package org.hazardledger.ui.exchange;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.Styles;

/** 确认信任: the fingerprint in groups, and the one heard by phone typed back. */
final class TrustDialog extends Dialog<Boolean> {

    private TrustDialog(TrustViewModel vm, Messages m) {
        setTitle(m.get("exchange.trust.title"));
        setResizable(true);
        getDialogPane().setId("exchange-trust-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, ExchangeView.CSS);
        ButtonType ok = new ButtonType(m.get("exchange.trust.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exchange.dialogCancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);

        Label owner = new Label(vm.owner());
        owner.setId("exchange-trust-owner");
        TextField fingerprint = new TextField(vm.fingerprint());
        fingerprint.setId("exchange-trust-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.setPrefColumnCount(50);
        fingerprint.getStyleClass().add("exchange-fingerprint");
        fingerprint.setAccessibleText(m.get("exchange.key.fingerprint"));
        Label help = new Label(m.get("exchange.trust.help"));
        help.setId("exchange-trust-help");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.setMaxWidth(560);
        TextField readBack = new TextField();
        readBack.textProperty().bindBidirectional(vm.readBackProperty());
        readBack.getStyleClass().add("exchange-fingerprint-small");
        getDialogPane().setContent(new VBox(8, owner, fingerprint, help,
                new FormField(m.get("exchange.trust.readBack"), readBack, "exchange-trust-readback",
                        vm.errorProperty())));
        Button okButton = DialogButtons.actionButton(this, ok, "exchange-trust-ok", () -> {
            if (vm.check()) {
                setResult(Boolean.TRUE);
                close();
            }
        });
        okButton.setDefaultButton(true);
        DialogButtons.button(this, cancel, "exchange-trust-cancel");
        setResultConverter(b -> Boolean.FALSE);
        setOnShown(e -> readBack.requestFocus());
    }

    /** True when the user typed the fingerprint back correctly and confirmed. */
    static boolean ask(Window owner, TrustViewModel vm, Messages m) {
        TrustDialog dialog = new TrustDialog(vm, m);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        return dialog.showAndWait().orElse(Boolean.FALSE);
    }
}
