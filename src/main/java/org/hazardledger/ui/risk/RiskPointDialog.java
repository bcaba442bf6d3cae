package org.hazardledger.ui.risk;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** Adds or changes a risk point; D, the level and the colour follow L, E and C as they are picked. */
final class RiskPointDialog extends Dialog<RiskPoint> {

    private final RiskPointFormViewModel vm;
    private final Messages m;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    private RiskPointDialog(RiskPointFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(m.get(vm.isNew() ? "risk.form.addTitle" : "risk.form.editTitle"));
        setResizable(true);
        getDialogPane().setId("risk-point-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, RiskView.CSS);
        ButtonType ok = new ButtonType(m.get("risk.form.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("union.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "risk-form-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "risk-form-cancel");
        getDialogPane().setContent(content());
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.savedProperty().get() : null);
        vm.savedProperty().addListener((o, was, p) -> {
            if (p != null) {
                setResult(p);
                close();
            }
        });
        vm.formErrorProperty().addListener((o, was, now) -> RiskPointFormViewModel.FIELDS.stream()
                .filter(f -> !vm.errorProperty(f).get().isEmpty()).map(controls::get)
                .filter(c -> c != null && !c.isDisabled()).findFirst().ifPresent(Control::requestFocus));
        setOnShown(e -> controls.get(RiskPointDraft.NAME).requestFocus());
    }

    static void open(Window owner, RiskPointFormViewModel vm, Messages messages, Consumer<RiskPoint> onSaved) {
        RiskPointDialog dialog = new RiskPointDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onSaved.accept(dialog.getResult());
            }
        });
        vm.load();
        dialog.show();
    }

    private VBox content() {
        ComboBox<org.hazardledger.ui.UnitOption> unit = new ComboBox<>(vm.units());
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setVisibleRowCount(14);
        ComboBox<org.hazardledger.ui.hazard.PersonOption> responsible = new ComboBox<>(vm.people());
        responsible.valueProperty().bindBidirectional(vm.responsibleProperty());

        HBox lec = new HBox(8,
                field(RiskPointDraft.L, "risk.field.l", "risk-form-l", factor(vm.lValues(), vm.lProperty())),
                field(RiskPointDraft.E, "risk.field.e", "risk-form-e", factor(vm.eValues(), vm.eProperty())),
                field(RiskPointDraft.C, "risk.field.c", "risk-form-c", factor(vm.cValues(), vm.cProperty())));
        lec.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));

        Label score = new Label();
        score.setId("risk-form-score");
        score.textProperty().bind(vm.scoreProperty());
        Label level = new Label();
        level.setId("risk-form-level");
        level.textProperty().bind(vm.levelProperty());
        Label colour = new Label();
        colour.setId("risk-form-colour");
        RiskColours.paint(colour, null, m);
        vm.colourProperty().addListener((o, was, now) -> RiskColours.paint(colour, now, m));
        HBox result = new HBox(10, new Label(m.get("risk.field.d")), score, new Label(m.get("risk.field.level")), level,
                colour);
        result.setId("risk-form-result");
        result.setAlignment(Pos.CENTER_LEFT);
        result.setAccessibleText(m.get("risk.field.d"));

        VBox box = new VBox(8,
                field(RiskPointDraft.UNIT, "risk.field.unit", "risk-form-unit", unit),
                field(RiskPointDraft.NAME, "risk.field.name", "risk-form-name", line(vm.nameProperty())),
                field(RiskPointDraft.LOCATION, "risk.field.location", "risk-form-location", line(vm.locationProperty())),
                field(RiskPointDraft.HAZARD_FACTORS, "risk.field.factors", "risk-form-factors",
                        area(vm.hazardFactorsProperty())),
                lec, result,
                field(RiskPointDraft.CONTROL_MEASURES, "risk.field.measures", "risk-form-measures",
                        area(vm.controlMeasuresProperty())),
                field(RiskPointFormViewModel.RESPONSIBLE, "risk.field.responsible", "risk-form-responsible", responsible),
                FormStatus.row("risk-form-busy", vm.busyProperty(),
                        FormStatus.error("risk-form-summary", vm.formErrorProperty())));
        box.getStyleClass().add("risk-form");
        box.setPrefWidth(620);
        return box;
    }

    private FormField field(String name, String labelKey, String id, Control control) {
        controls.put(name, control);
        return new FormField(m.get(labelKey), control, id, vm.errorProperty(name));
    }

    private static ComboBox<Choice<BigDecimal>> factor(javafx.collections.ObservableList<Choice<BigDecimal>> values,
                                                      ObjectProperty<Choice<BigDecimal>> value) {
        ComboBox<Choice<BigDecimal>> box = new ComboBox<>(values);
        box.valueProperty().bindBidirectional(value);
        box.setVisibleRowCount(8);
        return box;
    }

    private static TextField line(StringProperty text) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static TextArea area(StringProperty text) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.textProperty().bindBidirectional(text);
        return a;
    }
}
