package org.hazardledger.ui.reports;

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
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.UnitOption;

/** The 登记举报 dialog; stays open until the ViewModel reports the report registered. */
final class RegisterReportDialog extends Dialog<SafetyReport> {

    private final RegisterReportViewModel vm;
    private final Messages m;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    RegisterReportDialog(RegisterReportViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(m.get("reports.register.title"));
        setResizable(true);
        getDialogPane().setId("reports-register-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("reports.register.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("reports.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "reports-register-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "reports-register-cancel");
        getDialogPane().setContent(content());
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.registeredProperty().get() : null);
        vm.registeredProperty().addListener((o, was, report) -> {
            if (report != null) {
                setResult(report);
                close();
            }
        });
        vm.formErrorProperty().addListener((o, was, now) -> focusFirstInvalid());
        setOnShown(e -> controls.get(SafetyReportDraft.CHANNEL).requestFocus());
    }

    static void open(Window owner, RegisterReportViewModel vm, Messages messages, Consumer<SafetyReport> onDone) {
        RegisterReportDialog dialog = new RegisterReportDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            vm.clearIdentity();
            if (dialog.getResult() != null) {
                onDone.accept(dialog.getResult());
            }
        });
        vm.load();
        dialog.show();
    }

    private VBox content() {
        ComboBox<Choice<ReportChannel>> channel = new ComboBox<>(vm.channels());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        DatePicker received = new DatePicker();
        received.setConverter(new IsoDateConverter());
        received.valueProperty().bindBidirectional(vm.receivedOnProperty());
        ComboBox<UnitOption> unit = new ComboBox<>(vm.units());
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        TextArea summary = new TextArea();
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bindBidirectional(vm.summaryProperty());

        Label identityHelp = new Label(m.get("reports.identity.help"));
        identityHelp.setId("reports-identity-help");
        identityHelp.getStyleClass().add(Styles.MUTED);
        identityHelp.setWrapText(true);
        identityHelp.setMaxWidth(460);
        TextField name = text(vm.nameProperty());
        TextField contact = text(vm.contactProperty());
        TextField workplace = text(vm.workplaceProperty());
        TextField note = text(vm.noteProperty());
        for (Control c : new Control[] {name, contact, workplace, note}) {
            c.disableProperty().bind(vm.anonymousProperty());
        }

        VBox box = new VBox(8,
                new HBox(12, field(SafetyReportDraft.CHANNEL, "reports.field.channel", "reports-register-channel",
                        channel), field(SafetyReportDraft.RECEIVED_ON, "reports.field.receivedOn",
                        "reports-register-received", received)),
                field(SafetyReportDraft.UNIT, "reports.field.unit", "reports-register-unit", unit),
                field(SafetyReportDraft.SUMMARY, "reports.field.summary", "reports-register-summary", summary),
                identityHelp,
                new HBox(12, field(ReporterIdentity.NAME, "reports.field.name", "reports-register-name", name),
                        field(ReporterIdentity.CONTACT, "reports.field.contact", "reports-register-contact", contact)),
                field(ReporterIdentity.WORKPLACE, "reports.field.workplace", "reports-register-workplace", workplace),
                field(ReporterIdentity.NOTE, "reports.field.note", "reports-register-note", note),
                FormStatus.row("reports-register-busy", vm.busyProperty(),
                        FormStatus.error("reports-register-summary-error", vm.formErrorProperty())));
        box.setPrefWidth(520);
        return box;
    }

    private static TextField text(javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private FormField field(String name, String labelKey, String id, Control control) {
        controls.put(name, control);
        return new FormField(m.get(labelKey), control, id, vm.errorProperty(name));
    }

    private void focusFirstInvalid() {
        RegisterReportViewModel.FIELDS.stream().filter(f -> !vm.errorProperty(f).get().isEmpty())
                .map(controls::get).filter(c -> c != null && !c.isDisabled()).findFirst()
                .ifPresent(Control::requestFocus);
    }
}
