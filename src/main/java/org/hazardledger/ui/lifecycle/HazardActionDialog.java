package org.hazardledger.ui.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.hazardledger.model.Hazard;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.hazard.CriterionField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/**
 * The form of one lifecycle action (下达整改, 验收, 工会签字 …), built from the fields the action
 * asks for. It stays open until the ViewModel reports the action taken; refusals show at their field.
 * Control ids are {@code action-form-<field>}.
 */
public final class HazardActionDialog extends Dialog<Hazard> {

    private final ActionFormViewModel vm;
    private final Messages m;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    public HazardActionDialog(ActionFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(vm.title());
        setResizable(true);
        getDialogPane().setId("action-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("actionForm.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("actionForm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(this, ok, "action-form-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(this, cancel, "action-form-cancel");

        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(520);
        getDialogPane().setContent(scroll);
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.doneProperty().get() : null);
        vm.doneProperty().addListener((o, was, hazard) -> {
            if (hazard != null) {
                setResult(hazard);
                close();
            }
        });
        // The user chose to reload after a conflict: the form closes and the ledger shows the other version.
        vm.reloadedProperty().addListener((o, was, hazard) -> {
            if (hazard != null) {
                setResult(hazard);
                close();
            }
        });
        setOnShown(e -> controls.values().stream().findFirst().ifPresent(Control::requestFocus));
    }

    /**
     * Opens the form over {@code owner}; {@code onTaken} gets the hazard once the action is taken,
     * or as read again when a conflicting save made the user reload it.
     */
    public static void open(Window owner, ActionFormViewModel vm, Messages messages, Consumer<Hazard> onTaken) {
        HazardActionDialog dialog = new HazardActionDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onTaken.accept(dialog.getResult());
            }
        });
        vm.load();
        dialog.show();
    }

    private Node content() {
        VBox box = new VBox(4);
        box.getStyleClass().add("action-form");
        Label summary = new Label(vm.hazard().number() + " · " + vm.hazard().registration().place());
        summary.getStyleClass().add(Styles.MUTED);
        box.getChildren().add(summary);
        for (String field : vm.fields()) {
            if (field.equals(ActionForm.MAJOR_CRITERION)) {
                CriterionField clause = new CriterionField(m, vm.criterion(), "action-form", vm::errorProperty,
                        vm.majorProperty());
                controls.put(ActionForm.MAJOR_CRITERION, clause.clauses());
                controls.put(ActionForm.MAJOR_CRITERION_REASON, clause.reason());
                box.getChildren().add(clause);
            } else if (!field.equals(ActionForm.MAJOR_CRITERION_REASON)) {
                box.getChildren().add(field(field));
            }
        }
        box.getChildren().add(FormStatus.row(null, vm.busyProperty(),
                FormStatus.error("action-form-summary", vm.formErrorProperty())));
        return box;
    }

    private FormField field(String name) {
        return switch (name) {
            case ActionForm.ON -> labelled(name, vm.dateLabel(), date(vm.onProperty()));
            case ActionForm.DEADLINE -> labelled(name, m.get("actionForm.deadline"), date(vm.deadlineProperty()));
            case ActionForm.MEASURES -> labelled(name, m.get("actionForm.measures"), area(vm.measuresProperty(), 3));
            case ActionForm.INTERIM -> labelled(name, m.get("actionForm.interim"), area(vm.interimProperty(), 2));
            case ActionForm.STANDARD -> labelled(name, m.get("actionForm.standard"), line(vm.standardProperty()));
            case ActionForm.FUNDS -> labelled(name, m.get("actionForm.funds"), line(vm.fundsProperty()));
            case ActionForm.PLAN -> labelled(name, m.get(vm.planRequired() ? "actionForm.plan.required"
                    : "actionForm.plan"), area(vm.planProperty(), 3));
            case ActionForm.INTO -> labelled(name, m.get("actionForm.into"), line(vm.intoProperty()));
            case ActionForm.RESPONSIBLE -> labelled(name, m.get("actionForm.responsible"),
                    combo(vm.people(), vm.responsibleProperty()));
            case ActionForm.ACCEPTOR -> labelled(name, m.get("actionForm.acceptor"),
                    combo(vm.people(), vm.acceptorProperty()));
            case ActionForm.RECHECKER -> labelled(name, m.get("actionForm.rechecker"),
                    combo(vm.people(), vm.recheckerProperty()));
            case ActionForm.GRADE -> labelled(name, m.get("register.field.grade"), combo(vm.grades(), vm.gradeProperty()));
            case ActionForm.SUB_GRADE -> labelled(name, m.get("register.field.subGrade"),
                    combo(vm.subGrades(), vm.subGradeProperty()));
            case ActionForm.MAJOR_REASON -> labelled(name, m.get("register.field.majorReason"),
                    combo(vm.majorReasons(), vm.majorReasonProperty()));
            case ActionForm.TIER -> labelled(name, m.get("register.field.rectifyingTier"),
                    combo(vm.tiers(), vm.tierProperty()));
            default -> labelled(name, vm.textLabel(), area(vm.textProperty(), 3));
        };
    }

    private FormField labelled(String name, String label, Control control) {
        controls.put(name, control);
        return new FormField(label, control, "action-form-" + name, vm.errorProperty(name));
    }

    private static DatePicker date(Property<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new IsoDateConverter());
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static TextArea area(Property<String> value, int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    private static TextField line(Property<String> value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static <T> ComboBox<T> combo(ObservableList<T> items, Property<T> value) {
        ComboBox<T> c = new ComboBox<>(items);
        c.valueProperty().bindBidirectional(value);
        return c;
    }
}
