package org.hazardledger.ui.exchange;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.Styles;

/** One conflict: the stored and the incoming content side by side; 保留现有 or 采用新值. */
final class ConflictDialog extends Dialog<RecordConflict.Resolution> {

    private ConflictDialog(ConflictViewModel vm, Messages m) {
        setTitle(m.get("exchange.conflict.title"));
        setResizable(true);
        getDialogPane().setId("exchange-conflict-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, ExchangeView.CSS);
        ButtonType keep = new ButtonType(m.get("exchange.conflict.keep"), ButtonBar.ButtonData.LEFT);
        ButtonType take = new ButtonType(m.get("exchange.conflict.take"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("exchange.dialogCancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(keep, take, cancel);
        DialogButtons.button(this, keep, "exchange-conflict-keep");
        DialogButtons.button(this, take, "exchange-conflict-take");
        DialogButtons.button(this, cancel, "exchange-conflict-cancel");

        Label summary = new Label(vm.summary());
        summary.setId("exchange-conflict-summary");
        summary.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.add(summary, 0, 0, 2, 1);
        grid.add(new Label(m.get("exchange.conflict.kept")), 0, 1);
        grid.add(new Label(m.get("exchange.conflict.incoming")), 1, 1);
        grid.add(payload("exchange-conflict-kept", vm.kept()), 0, 2);
        grid.add(payload("exchange-conflict-incoming", vm.incoming()), 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefSize(900, 560);
        setResultConverter(b -> b == keep ? RecordConflict.Resolution.KEPT
                : b == take ? RecordConflict.Resolution.TAKEN : null);
    }

    private static TextArea payload(String id, String text) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("exchange-payload");
        area.setPrefColumnCount(40);
        area.setPrefRowCount(20);
        GridPane.setHgrow(area, Priority.ALWAYS);
        GridPane.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    static Optional<RecordConflict.Resolution> ask(Window owner, ConflictViewModel vm, Messages m) {
        ConflictDialog dialog = new ConflictDialog(vm, m);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        return dialog.showAndWait();
    }
}
