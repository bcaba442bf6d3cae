package org.hazardledger.ui.major;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.MajorStep;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The major-hazard tab of the hazard detail pane: the track as a stepper with dates and the review
 * clock, then the report, the plan, the safeguards and a form for each step the user may take now.
 * Thin: everything it shows and does is the {@link MajorHazardTabViewModel}'s.
 */
public final class MajorHazardTab {

    private static final String[] PLAN_KEYS = {"major.plan.goalAndTasks", "major.plan.methodsAndMeasures",
            "major.plan.fundsAndMaterials", "major.plan.organisationAndResponsible",
            "major.plan.timeLimitAndRequirements", "major.plan.safetyAndEmergency"};
    private static final String[] PLAN_FIELDS = {"goalAndTasks", "methodsAndMeasures", "fundsAndMaterials",
            "organisationAndResponsible", "timeLimitAndRequirements", "safetyAndEmergency"};

    private final MajorHazardTabViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(10);

    public MajorHazardTab(WorkbenchServices services) {
        this(new MajorHazardTabViewModel(services), services.messages());
    }

    public MajorHazardTab(MajorHazardTabViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.setId("major-tab");
        root.getStylesheets().addAll(Styles.FORM, Styles.css("major/major.css"));
        root.getStyleClass().add("major-tab");

        Label empty = new Label(messages.get("major.none"));
        empty.setId("major-empty");
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.sheetProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());

        VBox content = new VBox(10, header(), stepper(), reportPane(), planPane(), safeguardsPane(), trackPane());
        content.visibleProperty().bind(vm.sheetProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());

        ScrollPane scroll = new ScrollPane(new VBox(10, empty, content));
        scroll.setId("major-scroll");
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
    }

    /** Shows the file of this hazard; a general hazard or null shows that there is none. */
    public void show(UUID hazardId) {
        vm.show(hazardId);
    }

    public Node view() {
        return root;
    }

    public MajorHazardTabViewModel viewModel() {
        return vm;
    }

    private Node header() {
        Label title = new Label();
        title.setId("major-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("major-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty().or(vm.savingProperty()));
        Label status = new Label();
        status.setId("major-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox line = new HBox(8, title, busy);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, line, status);
    }

    private Node stepper() {
        FlowPane steps = new FlowPane(6, 6);
        steps.setId("major-stepper");
        vm.stages().addListener((ListChangeListener<StageLine>) c -> {
            steps.getChildren().clear();
            for (StageLine s : vm.stages()) {
                Label step = new Label(s.date().isEmpty() ? s.label() : s.label() + "\n" + s.date());
                step.setId("major-stage-" + s.stage().name());
                step.getStyleClass().addAll("major-stage", "major-stage-" + s.state().name().toLowerCase());
                steps.getChildren().add(step);
            }
        });
        Label clock = new Label();
        clock.setId("major-review-clock");
        clock.setWrapText(true);
        clock.textProperty().bind(vm.clockTextProperty());
        vm.clockOverdueProperty().addListener((o, was, overdue) -> {
            clock.getStyleClass().remove("major-overdue");
            if (overdue) {
                clock.getStyleClass().add("major-overdue");
            }
        });
        clock.visibleProperty().bind(vm.clockTextProperty().isNotEmpty());
        clock.managedProperty().bind(clock.visibleProperty());
        Label failed = new Label();
        failed.setId("major-failed-review");
        failed.setWrapText(true);
        failed.getStyleClass().add("major-overdue");
        failed.textProperty().bind(vm.failedReviewProperty());
        failed.visibleProperty().bind(vm.failedReviewProperty().isNotEmpty());
        failed.managedProperty().bind(failed.visibleProperty());
        return new VBox(6, steps, clock, failed);
    }

    private Node reportPane() {
        VBox box = new VBox(6,
                area("major.report.presentStateAndCause", vm.presentStateAndCause(), "major-report-state", null),
                area("major.report.harmAndDifficulty", vm.harmAndDifficulty(), "major-report-harm", null),
                area("major.report.planSummary", vm.planSummary(), "major-report-plan", null),
                save(MajorStep.RECORD_REPORT, "major-save-report"));
        editableWhen(box, MajorStep.RECORD_REPORT);
        return section("major.section.report", "major-section-report", box, true);
    }

    private Node planPane() {
        Label status = new Label();
        status.setId("major-plan-status");
        status.textProperty().bind(vm.planStatusProperty());
        VBox box = new VBox(6, status);
        for (int i = 0; i < PLAN_KEYS.length; i++) {
            box.getChildren().add(area(PLAN_KEYS[i], vm.planItem(i), "major-plan-" + PLAN_FIELDS[i], null));
        }
        box.getChildren().add(save(MajorStep.RECORD_PLAN, "major-save-plan"));
        editableWhen(box, MajorStep.RECORD_PLAN);
        return section("major.section.plan", "major-section-plan", box, true);
    }

    private Node safeguardsPane() {
        VBox box = new VBox(6,
                check("major.safeguards.warningSigns", vm.warningSigns(), "major-safeguard-signs"),
                check("major.safeguards.peopleWithdrawn", vm.peopleWithdrawn(), "major-safeguard-withdrawn"),
                check("major.safeguards.useStopped", vm.useStopped(), "major-safeguard-stopped"),
                area("major.safeguards.note", vm.safeguardsNote(), "major-safeguard-note", null),
                save(MajorStep.SET_SAFEGUARDS, "major-save-safeguards"));
        editableWhen(box, MajorStep.SET_SAFEGUARDS);
        return section("major.section.safeguards", "major-section-safeguards", box, true);
    }

    private Node trackPane() {
        VBox forms = new VBox(10,
                stepForm(MajorStep.REPORT_TO_DEPARTMENT, "major-form-report",
                        date("major.field.reportedOn", vm.reportedOn(), "major-reported-on", "reportedOn"),
                        field("major.field.department", vm.department(), "major-department", "department"),
                        field("major.field.documentNumber", vm.reportDocument(), "major-report-document",
                                "reportDocument")),
                stepForm(MajorStep.LIST, "major-form-listing",
                        date("major.field.listedOn", vm.listedOn(), "major-listed-on", "listedOn"),
                        field("major.field.listedBy", vm.listedBy(), "major-listed-by", "listedBy"),
                        field("major.field.documentNumber", vm.listingDocument(), "major-listing-document",
                                "listingDocument")),
                stepForm(MajorStep.EVALUATE, "major-form-evaluation",
                        date("major.field.evaluatedOn", vm.evaluatedOn(), "major-evaluated-on", "evaluatedOn"),
                        evaluatorKind(),
                        field("major.field.evaluatorName", vm.evaluatorName(), "major-evaluator-name", "evaluatorName"),
                        area("major.field.conclusion", vm.conclusion(), "major-conclusion", "conclusion")),
                stepForm(MajorStep.REQUEST_RESUMPTION, "major-form-request",
                        date("major.field.requestedOn", vm.requestedOn(), "major-requested-on", "requestedOn"),
                        date("major.field.deliveredOn", vm.deliveredOn(), "major-delivered-on", "deliveredOn")),
                stepForm(MajorStep.RECORD_REVIEW, "major-form-review",
                        date("major.field.reviewedOn", vm.reviewedOn(), "major-reviewed-on", "reviewedOn"),
                        field("major.field.reviewer", vm.reviewer(), "major-reviewer", "reviewer"),
                        check("major.field.reviewPassed", vm.reviewPassed(), "major-review-passed"),
                        area("major.field.reviewNote", vm.reviewNote(), "major-review-note", "reviewNote")),
                stepForm(MajorStep.STRIKE_OFF, "major-form-strike-off",
                        date("major.field.struckOffOn", vm.struckOffOn(), "major-struck-off-on", "struckOffOn")));
        return section("major.section.track", "major-section-track", forms, true);
    }

    /** A step's form, shown only while the user may take that step. */
    private Node stepForm(MajorStep step, String id, Node... fields) {
        VBox box = new VBox(6);
        box.setId(id);
        Label heading = new Label(messages.get(step.labelKey()));
        heading.getStyleClass().add("detail-section-title");
        box.getChildren().add(heading);
        box.getChildren().addAll(fields);
        box.getChildren().add(save(step, id + "-save"));
        box.visibleProperty().bind(vm.allowedProperty(step));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node evaluatorKind() {
        ComboBox<EvaluatorKind> kind = new ComboBox<>(FXCollections.observableArrayList(EvaluatorKind.values()));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvaluatorKind k) {
                return messages.label(k);
            }

            @Override
            public EvaluatorKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.evaluatorKind());
        return new FormField(messages.get("major.field.evaluatorKind"), kind, "major-evaluator-kind",
                vm.errorProperty("evaluatorKind"));
    }

    private Node save(MajorStep step, String id) {
        Button b = new Button(messages.get("major.save", step.labelKey()));
        b.setId(id);
        b.getStyleClass().add(Styles.PRIMARY);
        b.setAccessibleText(b.getText());
        b.disableProperty().bind(vm.allowedProperty(step).not().or(vm.savingProperty()));
        b.setOnAction(e -> vm.save(step));
        return b;
    }

    private void editableWhen(VBox box, MajorStep step) {
        for (Node n : List.copyOf(box.getChildren())) {
            if (n instanceof FormField || n instanceof CheckBox) {
                n.disableProperty().bind(vm.allowedProperty(step).not());
            }
        }
    }

    private Node area(String labelKey, StringProperty value, String id, String field) {
        TextArea a = new TextArea();
        a.setPrefRowCount(2);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(value);
        return new FormField(messages.get(labelKey), a, id,
                field == null ? new javafx.beans.property.SimpleStringProperty("") : vm.errorProperty(field));
    }

    private Node field(String labelKey, StringProperty value, String id, String field) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return new FormField(messages.get(labelKey), t, id, vm.errorProperty(field));
    }

    private Node date(String labelKey, javafx.beans.property.ObjectProperty<java.time.LocalDate> value, String id,
                      String field) {
        DatePicker d = new DatePicker();
        d.setConverter(new IsoDateConverter());
        d.valueProperty().bindBidirectional(value);
        return new FormField(messages.get(labelKey), d, id, vm.errorProperty(field));
    }

    private Node check(String labelKey, javafx.beans.property.BooleanProperty value, String id) {
        CheckBox c = new CheckBox(messages.get(labelKey));
        c.setId(id);
        c.setAccessibleText(c.getText());
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    private Node section(String titleKey, String id, Node content, boolean expanded) {
        TitledPane pane = new TitledPane(messages.get(titleKey), content);
        pane.setId(id);
        pane.setExpanded(expanded);
        return pane;
    }
}
