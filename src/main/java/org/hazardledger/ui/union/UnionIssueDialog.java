package org.hazardledger.ui.union;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/** The 签发工会建议 dialog; stays open until the ViewModel reports the record issued. */
final class UnionIssueDialog extends Dialog<UnionRecord> {

    private final UnionIssueViewModel vm;
    private final Messages m;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    UnionIssueDialog(UnionIssueViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(m.get("union.issue.title"));
        setResizable(true);
        getDialogPane().setId("union-issue-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, UnionView.CSS);
        ButtonType ok = new ButtonType(m.get("union.issue.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("union.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "union-issue-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "union-issue-cancel");
        getDialogPane().setContent(content());
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.issuedProperty().get() : null);
        vm.issuedProperty().addListener((o, was, record) -> {
            if (record != null) {
                setResult(record);
                close();
            }
        });
        vm.formErrorProperty().addListener((o, was, now) -> focusFirstInvalid());
        setOnShown(e -> controls.get(UnionRecordDraft.HAZARDS).requestFocus());
    }

    static void open(Window owner, UnionIssueViewModel vm, Messages messages, Consumer<UnionRecord> onIssued) {
        UnionIssueDialog dialog = new UnionIssueDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onIssued.accept(dialog.getResult());
            }
        });
        vm.load();
        dialog.show();
    }

    private VBox content() {
        ComboBox<Choice<UnionRecordKind>> kind = new ComboBox<>(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField hazards = new TextField();
        hazards.setPromptText(m.get("union.field.hazards.prompt"));
        hazards.textProperty().bindBidirectional(vm.hazardsProperty());
        DatePicker issuedOn = date(vm.issuedOnProperty());
        DatePicker deliveredOn = date(vm.deliveredOnProperty());
        Label due = new Label();
        due.setId("union-issue-due");
        due.getStyleClass().add(Styles.MUTED);
        due.textProperty().bind(vm.dueHintProperty());
        HBox dates = new HBox(12, field(UnionRecordDraft.ISSUED_ON, "union.field.issuedOn", "union-issue-issued-on", issuedOn),
                field(UnionRecordDraft.DELIVERED_ON, "union.field.deliveredOn", "union-issue-delivered-on", deliveredOn));

        HBox status = FormStatus.row("union-issue-busy", vm.busyProperty(),
                FormStatus.error("union-issue-summary", vm.formErrorProperty()));

        VBox box = new VBox(8,
                field(UnionRecordDraft.KIND, "union.field.kind", "union-issue-kind", kind),
                field(UnionRecordDraft.HAZARDS, "union.field.hazards", "union-issue-hazards", hazards),
                dates, due,
                field(UnionRecordDraft.FINDINGS, "union.field.findings", "union-issue-findings", area(vm.findingsProperty())),
                field(UnionRecordDraft.RECOMMENDATION, "union.field.recommendation", "union-issue-recommendation",
                        area(vm.recommendationProperty())),
                status);
        box.getStyleClass().add("union-form");
        return box;
    }

    private FormField field(String name, String labelKey, String id, Control control) {
        controls.put(name, control);
        return new FormField(m.get(labelKey), control, id, vm.errorProperty(name));
    }

    private static TextArea area(javafx.beans.property.StringProperty text) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.textProperty().bindBidirectional(text);
        return a;
    }

    private static DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new IsoDateConverter());
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private void focusFirstInvalid() {
        UnionIssueViewModel.FIELDS.stream().filter(f -> !vm.errorProperty(f).get().isEmpty())
                .map(controls::get).filter(c -> c != null && !c.isDisabled()).findFirst()
                .ifPresent(Control::requestFocus);
    }
}
