package org.hazardledger.ui.hazard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 登记隐患 dialog: binds the form to {@link RegisterHazardViewModel} and stays open until the
 * ViewModel reports the hazard registered. Registration on the left, grading on the right.
 */
public final class RegisterHazardDialog extends Dialog<Hazard> {

    public static final String CSS = Styles.css("hazard/register.css");

    private final RegisterHazardViewModel vm;
    private final Messages m;
    private final Map<String, Control> controls = new LinkedHashMap<>();

    public RegisterHazardDialog(RegisterHazardViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setTitle(m.get("register.title"));
        setResizable(true);
        getDialogPane().setId("register-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, CSS);

        ButtonType ok = new ButtonType(m.get("register.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("register.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        // The dialog closes only when the ViewModel says the hazard is registered, never on the click.
        Button okButton = DialogButtons.actionButton(this, ok, "register-ok", vm::submit);
        okButton.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        DialogButtons.button(this, cancel, "register-cancel");

        // Scrolls only when the screen is too small for the form and its messages.
        ScrollPane scroll = new ScrollPane(content());
        scroll.setId("register-scroll");
        scroll.getStyleClass().add("register-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getDialogPane().setContent(scroll);
        DialogFit.refitOn(this, vm.formErrorProperty());
        setResultConverter(b -> b == ok ? vm.registeredProperty().get() : null);
        vm.registeredProperty().addListener((o, was, hazard) -> {
            if (hazard != null) {
                setResult(hazard);
                close();
            }
        });
        vm.formErrorProperty().addListener((o, was, now) -> focusFirstInvalid());
        // Start typing where the form starts, not on a button.
        setOnShown(e -> controls.get(HazardDraft.UNIT).requestFocus());
    }

    /** Opens the dialog over {@code owner}; {@code onRegistered} gets the new hazard once saved. */
    public static void open(Window owner, WorkbenchServices services, Consumer<Hazard> onRegistered) {
        open(owner, new RegisterHazardViewModel(services), services.messages(), onRegistered);
    }

    /** Opens the dialog over {@code owner} for a prepared form (pre-filled, its own save). */
    public static void open(Window owner, RegisterHazardViewModel vm, Messages messages, Consumer<Hazard> onRegistered) {
        RegisterHazardDialog dialog = new RegisterHazardDialog(vm, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onRegistered.accept(dialog.getResult());
            }
        });
        vm.load();
        dialog.show();
    }

    private Node content() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("register-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);

        VBox left = new VBox(field(HazardDraft.UNIT, "register.field.unit", "register-unit", combo(vm.choices().units(), vm.unitProperty())),
                field(HazardDraft.PLACE, "register.field.place", "register-place", placeInput()),
                field(HazardDraft.FOUND_ON, "register.field.foundOn", "register-found-on", date()),
                finderField(),
                field(HazardDraft.SOURCE, "register.field.source", "register-source", combo(vm.choices().sources(), vm.sourceProperty())),
                field(HazardDraft.CATEGORY, "register.field.category", "register-category", combo(vm.choices().categories(), vm.categoryProperty())),
                field(HazardDraft.FORM, "register.field.form", "register-hazard-form", combo(vm.choices().forms(), vm.formProperty())));
        left.getStyleClass().add("register-column");

        ComboBox<?> subGrade = combo(vm.choices().subGrades(), vm.subGradeProperty());
        subGrade.disableProperty().bind(vm.generalProperty().not());
        ComboBox<?> majorReason = combo(vm.choices().majorReasons(), vm.majorReasonProperty());
        majorReason.disableProperty().bind(vm.majorProperty().not());
        ComboBox<?> riskColour = combo(vm.choices().riskColours(), vm.riskColourProperty());
        riskColour.setId("register-risk-colour");
        riskColour.setAccessibleText(m.get("register.riskColour"));
        riskColour.setMaxWidth(Double.MAX_VALUE);
        Label riskLabel = new Label(m.get("register.riskColour"));
        riskLabel.setLabelFor(riskColour);
        riskLabel.getStyleClass().add("form-label");
        VBox riskField = new VBox(riskLabel, riskColour);
        riskField.getStyleClass().add("form-field");

        Label gradingHint = new Label(m.get("register.grading.hint"));
        gradingHint.getStyleClass().add(Styles.MUTED);
        gradingHint.setWrapText(true);
        gradingHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(field(HazardDraft.GRADE, "register.field.grade", "register-grade", combo(vm.choices().grades(), vm.gradeProperty())),
                field(HazardDraft.SUB_GRADE, "register.field.subGrade", "register-sub-grade", subGrade),
                field(HazardDraft.MAJOR_REASON, "register.field.majorReason", "register-major-reason", majorReason),
                criterionField(),
                riskField,
                field(HazardDraft.RECTIFYING_TIER, "register.field.rectifyingTier", "register-tier", combo(vm.choices().tiers(), vm.rectifyingTierProperty())),
                gradingHint);
        right.getStyleClass().add("register-column");

        grid.add(left, 0, 0);
        grid.add(right, 1, 0);

        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setPromptText(m.get("register.description.prompt"));
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        grid.add(field(HazardDraft.DESCRIPTION, "register.field.description", "register-description", description), 0, 1, 2, 1);

        HBox status = FormStatus.row("register-busy", vm.busyProperty(),
                FormStatus.error("register-summary", vm.formErrorProperty()));
        grid.add(status, 0, 2, 2, 1);
        return grid;
    }

    private CriterionField criterionField() {
        CriterionField f = new CriterionField(m, vm.criterion(), "register", vm::errorProperty, vm.majorProperty());
        controls.put(HazardDraft.MAJOR_CRITERION, f.clauses());
        controls.put(HazardDraft.MAJOR_CRITERION_REASON, f.reason());
        return f;
    }

    private FormField field(String name, String labelKey, String id, Control control) {
        controls.put(name, control);
        return new FormField(m.get(labelKey), control, id, vm.errorProperty(name));
    }

    private TextField placeInput() {
        TextField place = new TextField();
        place.setPromptText(m.get("register.place.prompt"));
        place.textProperty().bindBidirectional(vm.placeProperty());
        return place;
    }

    private DatePicker date() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new IsoDateConverter());
        picker.setPromptText(m.get("register.foundOn.prompt"));
        picker.valueProperty().bindBidirectional(vm.foundOnProperty());
        return picker;
    }

    /** Finder: a search box that narrows the person list, or "anonymous" (the reporter's identity is protected). */
    private FormField finderField() {
        ComboBox<PersonOption> people = combo(vm.choices().people(), vm.finderProperty());
        people.setPromptText(m.get("register.finder.prompt"));
        people.disableProperty().bind(vm.anonymousProperty());
        FormField f = field(HazardDraft.FINDER, "register.field.finder", "register-finder", people);

        TextField search = new TextField();
        search.setId("register-finder-search");
        search.setPromptText(m.get("register.finder.search"));
        search.setAccessibleText(m.get("register.finder.search"));
        search.textProperty().bindBidirectional(vm.finderSearchProperty());
        search.disableProperty().bind(vm.anonymousProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox anonymous = new CheckBox(m.get("register.anonymous"));
        anonymous.setId("register-anonymous");
        anonymous.setAccessibleText(m.get("register.anonymous"));
        anonymous.setAccessibleHelp(m.get("register.anonymous.help"));
        anonymous.selectedProperty().bindBidirectional(vm.anonymousProperty());
        HBox row = new HBox(8, search, anonymous);
        row.setAlignment(Pos.CENTER_LEFT);
        f.getChildren().add(1, row);
        return f;
    }

    private static <T> ComboBox<T> combo(ObservableList<T> items, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.valueProperty().bindBidirectional(value);
        box.setVisibleRowCount(12);
        return box;
    }

    private void focusFirstInvalid() {
        RegisterHazardViewModel.FIELDS.stream()
                .filter(f -> !vm.errorProperty(f).get().isEmpty())
                .map(controls::get)
                .filter(c -> c != null && !c.isDisabled())
                .findFirst()
                .ifPresent(Control::requestFocus);
    }
}
