package org.hazardledger.ui.union;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/** The 企业书面答复 dialog for one open union record. */
final class UnionAnswerDialog extends Dialog<UnionRecord> {

    UnionAnswerDialog(UnionAnswerViewModel vm, Messages m) {
        setTitle(m.get("union.answer.title"));
        setResizable(true);
        getDialogPane().setId("union-answer-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, UnionView.CSS);
        ButtonType ok = new ButtonType(m.get("union.answer.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("union.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "union-answer-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "union-answer-cancel");

        Label summary = new Label(vm.summary());
        summary.setId("union-answer-record");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().bindBidirectional(vm.answerProperty());
        DatePicker on = new DatePicker();
        on.setConverter(new IsoDateConverter());
        on.valueProperty().bindBidirectional(vm.answeredOnProperty());
        Label error = FormStatus.error("union-answer-summary", vm.formErrorProperty());
        VBox box = new VBox(8, summary,
                new FormField(m.get("union.field.answer"), text, "union-answer-text", vm.errorProperty(UnionAnswer.TEXT)),
                new FormField(m.get("union.field.answeredOn"), on, "union-answer-on",
                        vm.errorProperty(UnionAnswer.ANSWERED_ON)),
                error);
        box.getStyleClass().add("union-form");
        getDialogPane().setContent(box);
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.answeredProperty().get() : null);
        vm.answeredProperty().addListener((o, was, record) -> {
            if (record != null) {
                setResult(record);
                close();
            }
        });
        setOnShown(e -> text.requestFocus());
    }

    static void open(Window owner, UnionAnswerViewModel vm, Messages messages, Consumer<UnionRecord> onAnswered) {
        UnionAnswerDialog dialog = new UnionAnswerDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onAnswered.accept(dialog.getResult());
            }
        });
        dialog.show();
    }
}
