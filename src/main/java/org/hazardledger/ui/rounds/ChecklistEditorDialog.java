package org.hazardledger.ui.rounds;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.Checklist;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 检查表: edits a checklist's name and items (one per line) and saves it as a new version. */
final class ChecklistEditorDialog extends Dialog<Void> {

    private final ChecklistEditorViewModel vm;
    private final Messages m;

    private ChecklistEditorDialog(ChecklistEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(m.get("rounds.checklist.title"));
        setResizable(true);
        getDialogPane().setId("checklist-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, RoundsView.CSS);
        ButtonType save = new ButtonType(m.get("rounds.checklist.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("rounds.checklist.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, close);
        Button saveButton = DialogButtons.actionButton(this, save, "checklist-save", vm::save);
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.editableProperty().not()));
        DialogButtons.button(this, close, "checklist-close");
        getDialogPane().setContent(content());
        DialogFit.refitOn(this, vm.formErrorProperty());
    }

    static void open(Window owner, ChecklistEditorViewModel vm, Messages messages, String code) {
        ChecklistEditorDialog dialog = new ChecklistEditorDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        vm.load(code);
        dialog.show();
    }

    private VBox content() {
        ComboBox<Choice<Checklist>> list = new ComboBox<>(vm.checklists());
        list.valueProperty().bindBidirectional(vm.selectedProperty());
        list.setVisibleRowCount(14);
        list.setMaxWidth(Double.MAX_VALUE);
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.editableProperty().bind(vm.editableProperty());
        TextArea items = new TextArea();
        items.textProperty().bindBidirectional(vm.itemsProperty());
        items.editableProperty().bind(vm.editableProperty());
        items.setPrefRowCount(14);
        items.setWrapText(true);
        Label hint = new Label(m.get("rounds.checklist.hint"));
        hint.setId("checklist-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        Label saved = new Label();
        saved.setId("checklist-message");
        saved.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(8,
                new FormField(m.get("rounds.checklist.list"), list, "checklist-list", new javafx.beans.property.SimpleStringProperty("")),
                new FormField(m.get("rounds.checklist.name"), name, "checklist-name",
                        vm.errorProperty(ChecklistEditorViewModel.NAME)),
                new FormField(m.get("rounds.checklist.items"), items, "checklist-items",
                        vm.errorProperty(ChecklistEditorViewModel.ITEMS)),
                hint, saved,
                FormStatus.row("checklist-busy", vm.busyProperty(),
                        FormStatus.error("checklist-summary", vm.formErrorProperty())));
        box.setPrefWidth(640);
        return box;
    }
}
