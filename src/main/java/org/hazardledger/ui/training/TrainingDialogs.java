package org.hazardledger.ui.training;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
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
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/** The three editors of the training tab: a session, a drill, a finding turned into a hazard. */
final class TrainingDialogs {

    private TrainingDialogs() {
    }

    static void session(Window owner, SessionFormViewModel vm, Messages m, Consumer<TrainingSession> done) {
        VBox box = new VBox(8,
                field(m, "training.field.kind", "training-session-kind", combo(vm.kinds(), vm.kindProperty()),
                        vm.errorProperty(TrainingDraft.KIND)),
                field(m, "training.field.topic", "training-session-topic", text(vm.topicProperty()),
                        vm.errorProperty(TrainingDraft.TOPIC)),
                new HBox(12,
                        field(m, "training.field.heldOn", "training-session-held-on", date(vm.heldOnProperty()),
                                vm.errorProperty(TrainingDraft.HELD_ON)),
                        field(m, "training.field.hours", "training-session-hours", text(vm.hoursProperty()),
                                vm.errorProperty(TrainingDraft.HOURS))),
                field(m, "training.field.trainer", "training-session-trainer", text(vm.trainerProperty()),
                        vm.errorProperty(TrainingDraft.TRAINER)),
                field(m, "training.field.unit", "training-session-unit", combo(vm.units(), vm.unitProperty()),
                        vm.errorProperty(TrainingDraft.UNIT)),
                picker(m, vm.attendees(), "training-session-attendees", "training.field.attendees",
                        vm.errorProperty(TrainingDraft.ATTENDEES)),
                field(m, "training.field.evaluation", "training-session-evaluation", area(vm.evaluationProperty()),
                        vm.errorProperty(TrainingDraft.EVALUATION)),
                FormStatus.row("training-session-busy", vm.busyProperty(),
                        FormStatus.error("training-session-summary", vm.formErrorProperty())));
        open(owner, m, "training.session.title", "training-session", box, vm::submit, vm.busyProperty(),
                vm.formErrorProperty(), vm.savedProperty(), done);
    }

    static void drill(Window owner, DrillFormViewModel vm, Messages m, Consumer<EmergencyDrill> done) {
        TextArea findings = area(vm.findingsProperty());
        findings.setPromptText(m.get("training.field.findings.prompt"));
        VBox box = new VBox(8,
                field(m, "training.field.scenario", "training-drill-scenario", text(vm.scenarioProperty()),
                        vm.errorProperty(DrillDraft.SCENARIO)),
                new HBox(12,
                        field(m, "training.field.heldOn", "training-drill-held-on", date(vm.heldOnProperty()),
                                vm.errorProperty(DrillDraft.HELD_ON)),
                        field(m, "training.field.unit", "training-drill-unit", combo(vm.units(), vm.unitProperty()),
                                vm.errorProperty(DrillDraft.UNIT))),
                picker(m, vm.participants(), "training-drill-participants", "training.field.participants",
                        vm.errorProperty(DrillDraft.PARTICIPANTS)),
                field(m, "training.field.evaluation", "training-drill-evaluation", area(vm.evaluationProperty()),
                        vm.errorProperty(DrillDraft.EVALUATION)),
                field(m, "training.field.findings", "training-drill-findings", findings,
                        vm.errorProperty(DrillDraft.FINDINGS)),
                FormStatus.row("training-drill-busy", vm.busyProperty(),
                        FormStatus.error("training-drill-summary", vm.formErrorProperty())));
        open(owner, m, "training.drill.title", "training-drill", box, vm::submit, vm.busyProperty(),
                vm.formErrorProperty(), vm.savedProperty(), done);
    }

    static void finding(Window owner, FindingHazardViewModel vm, Messages m, Consumer<Hazard> done) {
        Label what = new Label(vm.findingText());
        what.setId("training-finding-text");
        what.setWrapText(true);
        Label from = new Label(vm.drillText());
        from.getStyleClass().add(Styles.MUTED);
        Label grade = new Label(m.get("training.finding.generalOnly"));
        grade.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, what, from,
                field(m, "training.field.place", "training-finding-place", text(vm.placeProperty()),
                        vm.errorProperty(HazardDraft.PLACE)),
                field(m, "training.field.finder", "training-finding-finder", combo(vm.finders(), vm.finderProperty()),
                        vm.errorProperty(HazardDraft.FINDER)),
                field(m, "training.field.category", "training-finding-category",
                        combo(vm.categories(), vm.categoryProperty()), vm.errorProperty(HazardDraft.CATEGORY)),
                field(m, "training.field.form", "training-finding-form", combo(vm.forms(), vm.formProperty()),
                        vm.errorProperty(HazardDraft.FORM)),
                field(m, "training.field.tier", "training-finding-tier", combo(vm.tiers(), vm.tierProperty()),
                        vm.errorProperty(HazardDraft.RECTIFYING_TIER)),
                grade,
                FormStatus.row("training-finding-busy", vm.busyProperty(),
                        FormStatus.error("training-finding-summary", vm.formErrorProperty())));
        vm.load();
        open(owner, m, "training.finding.title", "training-finding", box, vm::submit, vm.busyProperty(),
                vm.formErrorProperty(), vm.registeredProperty(), done);
    }

    private static <T> void open(Window owner, Messages m, String titleKey, String id, Node content, Runnable submit,
                                 ReadOnlyBooleanProperty busy, ReadOnlyStringProperty formError,
                                 ReadOnlyObjectProperty<T> result, Consumer<T> done) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(m.get(titleKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id + "-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("training.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("training.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(dialog, ok, id + "-ok", submit);
        okButton.disableProperty().bind(busy);
        DialogButtons.button(dialog, cancel, id + "-cancel");
        dialog.getDialogPane().setContent(content);
        DialogFit.refitOn(dialog, formError);
        dialog.setResultConverter(b -> b == ok ? result.get() : null);
        result.addListener((o, was, now) -> {
            if (now != null) {
                dialog.setResult(now);
                dialog.close();
            }
        });
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                done.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    private static FormField field(Messages m, String labelKey, String id, Control control,
                                   ReadOnlyStringProperty error) {
        control.setAccessibleText(m.get(labelKey));
        return new FormField(m.get(labelKey), control, id, error);
    }

    private static VBox picker(Messages m, PeoplePicker picker, String id, String labelKey,
                               ReadOnlyStringProperty error) {
        TextField filter = new TextField();
        filter.setId(id + "-filter");
        filter.setPromptText(m.get("training.field.attendees.filter"));
        filter.setAccessibleText(m.get("training.field.attendees.filter"));
        filter.textProperty().bindBidirectional(picker.filterProperty());
        ListView<PersonPick> list = new ListView<>(picker.shown());
        list.setPrefHeight(180);
        list.setCellFactory(CheckBoxListCell.forListView(PersonPick::selectedProperty, new StringConverter<>() {
            @Override
            public String toString(PersonPick p) {
                return p == null ? "" : p.label();
            }

            @Override
            public PersonPick fromString(String s) {
                return null;
            }
        }));
        Label count = new Label();
        count.setId(id + "-count");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("training.field.attendees.count", picker.selectedCountProperty().get()),
                picker.selectedCountProperty()));
        VBox box = new VBox(4, filter, field(m, labelKey, id, list, error), count);
        return box;
    }

    private static <T> ComboBox<Choice<T>> combo(ObservableList<Choice<T>> items, ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> c = new ComboBox<>(items);
        c.valueProperty().bindBidirectional(value);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static TextField text(StringProperty value) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static TextArea area(StringProperty value) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    private static DatePicker date(ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new IsoDateConverter());
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }
}
