package org.hazardledger.ui.federation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/** The 发出通知 dialog; stays open until the ViewModel reports the notice written. */
final class NoticeDialog extends Dialog<FederationNotice> {

    private final NoticeFormViewModel vm;
    private final Messages m;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    NoticeDialog(NoticeFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(m.get("federation.notice.title"));
        setResizable(true);
        getDialogPane().setId("federation-notice-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("federation.notice.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("federation.notice.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "federation-notice-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "federation-notice-cancel");
        getDialogPane().setContent(content());
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.issuedProperty().get() : null);
        vm.issuedProperty().addListener((o, was, notice) -> {
            if (notice != null) {
                setResult(notice);
                close();
            }
        });
        vm.formErrorProperty().addListener((o, was, now) -> focusFirstInvalid());
    }

    static void open(Window owner, NoticeFormViewModel vm, Messages messages, Consumer<FederationNotice> onIssued) {
        NoticeDialog dialog = new NoticeDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onIssued.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    private VBox content() {
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.EnterpriseOverview>> enterprise =
                new ComboBox<>(vm.enterprises());
        enterprise.valueProperty().bindBidirectional(vm.enterpriseProperty());
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.NoticeKind>> kind = new ComboBox<>(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.ConsolidatedHazard>> hazard =
                new ComboBox<>(vm.hazards());
        hazard.setMaxWidth(Double.MAX_VALUE);
        hazard.valueProperty().bindBidirectional(vm.hazardProperty());
        TextField documentNo = new TextField();
        documentNo.textProperty().bindBidirectional(vm.documentNoProperty());
        TextField title = new TextField();
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea body = new TextArea();
        body.setWrapText(true);
        body.setPrefRowCount(6);
        body.textProperty().bindBidirectional(vm.bodyProperty());
        CheckBox verified = new CheckBox(m.get("federation.notice.verified.check"));
        verified.selectedProperty().bindBidirectional(vm.verifiedProperty());
        verified.disableProperty().bind(vm.verificationProperty().not());
        DatePicker issuedOn = new DatePicker();
        issuedOn.setConverter(new IsoDateConverter());
        issuedOn.valueProperty().bindBidirectional(vm.issuedOnProperty());

        HBox top = new HBox(12, field(NoticeDraft.ENTERPRISE, "federation.notice.enterprise",
                "federation-notice-enterprise", enterprise),
                field(NoticeDraft.KIND, "federation.notice.kind", "federation-notice-kind", kind));
        HBox numbers = new HBox(12,
                field(NoticeDraft.DOCUMENT_NO, "federation.notice.documentNo", "federation-notice-document-no",
                        documentNo),
                field(NoticeDraft.ISSUED_ON, "federation.notice.issuedOn", "federation-notice-issued-on", issuedOn));
        VBox box = new VBox(8, top,
                field(NoticeDraft.HAZARD, "federation.notice.hazard", "federation-notice-hazard", hazard),
                numbers,
                field(NoticeDraft.TITLE, "federation.notice.titleField", "federation-notice-title", title),
                field(NoticeDraft.BODY, "federation.notice.body", "federation-notice-body", body),
                field(NoticeDraft.VERIFIED, "federation.notice.verified", "federation-notice-verified", verified),
                FormStatus.row("federation-notice-busy", vm.busyProperty(),
                        FormStatus.error("federation-notice-summary", vm.formErrorProperty())));
        box.setPrefWidth(560);
        return box;
    }

    private FormField field(String name, String labelKey, String id, Control control) {
        controls.put(name, control);
        return new FormField(m.get(labelKey), control, id, vm.errorProperty(name));
    }

    private void focusFirstInvalid() {
        NoticeFormViewModel.FIELDS.stream().filter(f -> !vm.errorProperty(f).get().isEmpty())
                .map(controls::get).filter(c -> c != null && !c.isDisabled()).findFirst()
                .ifPresent(Control::requestFocus);
    }
}
