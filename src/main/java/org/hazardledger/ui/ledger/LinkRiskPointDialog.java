package org.hazardledger.ui.ledger;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.RiskPointRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.Styles;

/** A small dialog: which risk point does this hazard belong to? */
final class LinkRiskPointDialog extends Dialog<Boolean> {

    private LinkRiskPointDialog(LinkRiskPointViewModel vm, Messages m) {
        setTitle(m.get("risk.link.title"));
        setResizable(true);
        getDialogPane().setId("risk-link-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("risk.link.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("union.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "risk-link-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "risk-link-cancel");

        ListView<RiskPointRow> list = new ListView<>(vm.candidates());
        list.setId("risk-link-list");
        list.setAccessibleText(m.get("risk.link.title"));
        list.setPrefSize(560, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RiskPointRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.text(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        Label error = new Label();
        error.setId("risk-link-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        getDialogPane().setContent(new VBox(8, list, error));
        setResultConverter(b -> b == ok && vm.doneProperty().get() ? Boolean.TRUE : null);
        vm.doneProperty().addListener((o, was, now) -> {
            if (now) {
                setResult(Boolean.TRUE);
                close();
            }
        });
    }

    static void open(Window owner, LinkRiskPointViewModel vm, Messages m, Runnable onLinked) {
        LinkRiskPointDialog dialog = new LinkRiskPointDialog(vm, m);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onLinked.run();
            }
        });
        vm.load();
        dialog.show();
    }
}
