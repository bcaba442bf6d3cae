package org.hazardledger.ui.major;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ClockState;
import org.hazardledger.model.Deadline;
import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.MajorEntry;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorStage;
import org.hazardledger.model.MajorStep;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.MajorHazardService;
import org.hazardledger.service.MajorHazardSheet;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.WorkbenchServices;

/**
 * A major hazard's file: the three-part report, the six-item plan, the safeguards, the track's
 * stages with their dates, the department's review clock, and a form for each step the signed-in
 * user may take now. Reads and saves in the background; a refused entry shows its reasons at the
 * fields, any other refusal in a dialog.
 */
public final class MajorHazardTabViewModel {

    /** The plan's six items, in the order of the national rules. */
    public static final int PLAN_ITEMS = 6;

    private final MajorHazardService service;
    private final Messages messages;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<MajorHazardSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper clockOverdue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper planStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failedReview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<StageLine> stages = FXCollections.observableArrayList();
    private final Map<MajorStep, ReadOnlyBooleanWrapper> allowed = new EnumMap<>(MajorStep.class);
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();

    // the three-part report
    private final StringProperty presentStateAndCause = new SimpleStringProperty("");
    private final StringProperty harmAndDifficulty = new SimpleStringProperty("");
    private final StringProperty planSummary = new SimpleStringProperty("");
    // the six-item plan
    private final List<StringProperty> planItems = new ArrayList<>();
    // safeguards
    private final BooleanProperty warningSigns = new SimpleBooleanProperty();
    private final BooleanProperty peopleWithdrawn = new SimpleBooleanProperty();
    private final BooleanProperty useStopped = new SimpleBooleanProperty();
    private final StringProperty safeguardsNote = new SimpleStringProperty("");
    // the track's steps
    private final ObjectProperty<LocalDate> reportedOn = new SimpleObjectProperty<>();
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty reportDocument = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> listedOn = new SimpleObjectProperty<>();
    private final StringProperty listedBy = new SimpleStringProperty("");
    private final StringProperty listingDocument = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> evaluatedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<EvaluatorKind> evaluatorKind = new SimpleObjectProperty<>();
    private final StringProperty evaluatorName = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reviewedOn = new SimpleObjectProperty<>();
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final BooleanProperty reviewPassed = new SimpleBooleanProperty(true);
    private final StringProperty reviewNote = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> struckOffOn = new SimpleObjectProperty<>();

    private UUID shown;

    public MajorHazardTabViewModel(WorkbenchServices services) {
        this(services.majorHazards(), services.messages(), services.clock(), services.tasks(), services.dialogs());
    }

    public MajorHazardTabViewModel(MajorHazardService service, Messages messages, Clock clock, TaskExecutor tasks,
                                   DialogService dialogs) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (int i = 0; i < PLAN_ITEMS; i++) {
            planItems.add(new SimpleStringProperty(""));
        }
        for (MajorStep s : MajorStep.values()) {
            allowed.put(s, new ReadOnlyBooleanWrapper());
        }
    }

    /** Shows the file of this hazard (read in the background); null, or a general hazard, empties the tab. */
    public void show(UUID hazardId) {
        shown = hazardId;
        status.set("");
        clearErrors();
        if (hazardId == null) {
            fill(null);
            return;
        }
        loading.set(true);
        tasks.execute(BackgroundTask.of(() -> service.sheet(hazardId),
                loaded -> {
                    if (hazardId.equals(shown)) {
                        loading.set(false);
                        fill(loaded.orElse(null));
                    }
                },
                failure -> {
                    loading.set(false);
                    dialogs.showError(messages.get("major.error.title"), Failures.describe(messages, failure));
                }));
    }

    /** Saves the form of {@code step} as one entry in the file, then reads the file again. */
    public void save(MajorStep step) {
        MajorHazardSheet s = sheet.get();
        if (s == null || saving.get()) {
            return;
        }
        MajorEntry entry = entryFor(step);
        clearErrors();
        status.set("");
        saving.set(true);
        UUID hazardId = s.hazardId();
        tasks.execute(BackgroundTask.of(() -> service.take(hazardId, s.file().revision(), entry),
                saved -> {
                    saving.set(false);
                    status.set(messages.get("major.saved", step.labelKey()));
                    show(hazardId);
                    status.set(messages.get("major.saved", step.labelKey()));
                },
                failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException v) {
                        for (FieldError e : v.errors()) {
                            errorWrapper(e.field()).set(messages.describe(e));
                        }
                        status.set(messages.describe(v));
                    } else {
                        dialogs.showError(messages.get("major.error.title"), Failures.describe(messages, failure));
                    }
                }));
    }

    private MajorEntry entryFor(MajorStep step) {
        return switch (step) {
            case RECORD_REPORT -> new MajorEntry.RecordReport(new MajorHazardFile.Report(text(presentStateAndCause),
                    text(harmAndDifficulty), text(planSummary)));
            case RECORD_PLAN -> new MajorEntry.RecordPlan(new MajorHazardFile.Plan(text(planItems.get(0)),
                    text(planItems.get(1)), text(planItems.get(2)), text(planItems.get(3)), text(planItems.get(4)),
                    text(planItems.get(5))));
            case SET_SAFEGUARDS -> new MajorEntry.SetSafeguards(new MajorHazardFile.Safeguards(warningSigns.get(),
                    peopleWithdrawn.get(), useStopped.get(), text(safeguardsNote)));
            case REPORT_TO_DEPARTMENT -> new MajorEntry.ReportToDepartment(new MajorHazardFile.DepartmentReport(
                    reportedOn.get(), text(department), text(reportDocument)));
            case LIST -> new MajorEntry.ListForSupervision(new MajorHazardFile.Listing(listedOn.get(), text(listedBy),
                    text(listingDocument)));
            case EVALUATE -> new MajorEntry.Evaluate(new MajorHazardFile.Evaluation(evaluatedOn.get(),
                    evaluatorKind.get(), text(evaluatorName), text(conclusion)));
            case REQUEST_RESUMPTION -> new MajorEntry.RequestResumption(requestedOn.get(), deliveredOn.get());
            case RECORD_REVIEW -> new MajorEntry.RecordReview(new MajorHazardFile.Review(reviewedOn.get(),
                    text(reviewer), reviewPassed.get(), text(reviewNote)));
            case STRIKE_OFF -> new MajorEntry.StrikeOff(struckOffOn.get());
        };
    }

    private void fill(MajorHazardSheet s) {
        sheet.set(s);
        for (MajorStep step : MajorStep.values()) {
            allowed.get(step).set(s != null && s.allows(step));
        }
        if (s == null) {
            title.set("");
            stages.clear();
            clockText.set("");
            clockOverdue.set(false);
            planStatus.set("");
            failedReview.set("");
            return;
        }
        MajorHazardFile f = s.file();
        title.set(messages.get("major.title", s.number(), f.stage().labelKey()));
        stages.setAll(stageLines(f));
        fillClock(f, s.reviewDeadline());
        fillForms(f);
        long filled = planItems.stream().filter(p -> !text(p).isEmpty()).count();
        planStatus.set(f.planComplete() ? messages.get("major.plan.complete")
                : messages.get("major.plan.incomplete", filled, PLAN_ITEMS));
        failedReview.set(f.failedReview().map(r -> messages.get("major.review.failedNote",
                r.reviewedOn(), r.reviewer(), r.note() == null ? "" : r.note())).orElse(""));
    }

    private List<StageLine> stageLines(MajorHazardFile f) {
        Map<MajorStage, LocalDate> dates = new EnumMap<>(MajorStage.class);
        Optional.ofNullable(f.departmentReport()).ifPresent(d -> dates.put(MajorStage.REPORTED, d.reportedOn()));
        Optional.ofNullable(f.listing()).ifPresent(l -> dates.put(MajorStage.LISTED, l.listedOn()));
        Optional.ofNullable(f.evaluation()).ifPresent(e -> dates.put(MajorStage.EVALUATED, e.evaluatedOn()));
        Optional.ofNullable(f.request()).ifPresent(r -> dates.put(MajorStage.RESUMPTION_REQUESTED, r.deliveredOn()));
        if (f.reviewPassed()) {
            dates.put(MajorStage.REVIEWED, f.review().reviewedOn());
        }
        Optional.ofNullable(f.struckOffOn()).ifPresent(d -> dates.put(MajorStage.STRUCK_OFF, d));
        List<StageLine> out = new ArrayList<>();
        boolean nextMarked = false;
        for (MajorStage st : MajorStage.values()) {
            if (st == MajorStage.OPENED) {
                continue;
            }
            LocalDate d = dates.get(st);
            StageLine.State state;
            if (d != null) {
                state = StageLine.State.DONE;
            } else if (st == MajorStage.LISTED && f.stage().ordinal() > MajorStage.LISTED.ordinal()) {
                state = StageLine.State.SKIPPED;
            } else if (!nextMarked && st != MajorStage.LISTED) {
                state = StageLine.State.NEXT;
                nextMarked = true;
            } else {
                state = StageLine.State.PENDING;
            }
            out.add(new StageLine(st, messages.get(st.labelKey()), d == null ? "" : d.toString(), state));
        }
        return out;
    }

    private void fillClock(MajorHazardFile f, Optional<Deadline> deadline) {
        if (deadline.isEmpty()) {
            clockText.set("");
            clockOverdue.set(false);
            return;
        }
        Deadline d = deadline.get();
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> answered = f.reviewPassed() ? Optional.of(f.review().reviewedOn()) : Optional.empty();
        ClockState state = d.stateOn(today, answered);
        clockOverdue.set(state == ClockState.OVERDUE || state == ClockState.ANSWERED_LATE);
        clockText.set(switch (state) {
            case PENDING -> messages.get("major.clock.pending", d.due(), d.daysLeft(today));
            case DUE_TODAY -> messages.get("major.clock.dueToday", d.due());
            case OVERDUE -> messages.get("major.clock.overdue", d.due(), -d.daysLeft(today));
            case ANSWERED_IN_TIME, ANSWERED_LATE -> messages.get("major.clock.answered", d.due(),
                    answered.orElseThrow(), state.labelKey());
        });
    }

    private void fillForms(MajorHazardFile f) {
        LocalDate today = LocalDate.now(clock);
        MajorHazardFile.Report r = f.report();
        presentStateAndCause.set(r == null ? "" : orEmpty(r.presentStateAndCause()));
        harmAndDifficulty.set(r == null ? "" : orEmpty(r.harmAndDifficulty()));
        planSummary.set(r == null ? "" : orEmpty(r.planSummary()));
        MajorHazardFile.Plan p = f.plan();
        List<String> items = p == null ? List.of("", "", "", "", "", "") : List.of(orEmpty(p.goalAndTasks()),
                orEmpty(p.methodsAndMeasures()), orEmpty(p.fundsAndMaterials()), orEmpty(p.organisationAndResponsible()),
                orEmpty(p.timeLimitAndRequirements()), orEmpty(p.safetyAndEmergency()));
        for (int i = 0; i < PLAN_ITEMS; i++) {
            planItems.get(i).set(items.get(i));
        }
        MajorHazardFile.Safeguards g = f.safeguards();
        warningSigns.set(g.warningSigns());
        peopleWithdrawn.set(g.peopleWithdrawn());
        useStopped.set(g.useStopped());
        safeguardsNote.set(orEmpty(g.note()));
        MajorHazardFile.DepartmentReport d = f.departmentReport();
        reportedOn.set(d == null ? today : d.reportedOn());
        department.set(d == null ? "" : orEmpty(d.department()));
        reportDocument.set(d == null ? "" : orEmpty(d.documentNumber()));
        MajorHazardFile.Listing l = f.listing();
        listedOn.set(l == null ? today : l.listedOn());
        listedBy.set(l == null ? "" : orEmpty(l.listedBy()));
        listingDocument.set(l == null ? "" : orEmpty(l.documentNumber()));
        MajorHazardFile.Evaluation e = f.evaluation();
        evaluatedOn.set(e == null ? today : e.evaluatedOn());
        evaluatorKind.set(e == null ? EvaluatorKind.IN_HOUSE_EXPERTS : e.by());
        evaluatorName.set(e == null ? "" : orEmpty(e.evaluatorName()));
        conclusion.set(e == null ? "" : orEmpty(e.conclusion()));
        MajorHazardFile.ResumptionRequest q = f.request();
        requestedOn.set(q == null ? today : q.requestedOn());
        deliveredOn.set(q == null ? today : q.deliveredOn());
        MajorHazardFile.Review v = f.reviewPassed() ? f.review() : null;
        reviewedOn.set(v == null ? today : v.reviewedOn());
        reviewer.set(v == null ? "" : orEmpty(v.reviewer()));
        reviewPassed.set(true);
        reviewNote.set(v == null ? "" : orEmpty(v.note()));
        struckOffOn.set(f.struckOffOn() == null ? today : f.struckOffOn());
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    private ReadOnlyStringWrapper errorWrapper(String field) {
        return errors.computeIfAbsent(field, k -> new ReadOnlyStringWrapper(""));
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The reason a field's last entry was refused; "" when none. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errorWrapper(field).getReadOnlyProperty();
    }

    /** Whether the signed-in user may take {@code step} now (its form is shown). */
    public ReadOnlyBooleanProperty allowedProperty(MajorStep step) {
        return allowed.get(step).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MajorHazardSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** "YH-2026-06-0001 · 已报告". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The department's review clock: due date and days left, or overdue. */
    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty clockOverdueProperty() {
        return clockOverdue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planStatusProperty() {
        return planStatus.getReadOnlyProperty();
    }

    /** The last review's failure and what to put right, while no new review replaced it. */
    public ReadOnlyStringProperty failedReviewProperty() {
        return failedReview.getReadOnlyProperty();
    }

    /** What the last save did, or why it was refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<StageLine> stages() {
        return stages;
    }

    public StringProperty presentStateAndCause() {
        return presentStateAndCause;
    }

    public StringProperty harmAndDifficulty() {
        return harmAndDifficulty;
    }

    public StringProperty planSummary() {
        return planSummary;
    }

    /** Item {@code i} (0–5) of the treatment plan. */
    public StringProperty planItem(int i) {
        return planItems.get(i);
    }

    public BooleanProperty warningSigns() {
        return warningSigns;
    }

    public BooleanProperty peopleWithdrawn() {
        return peopleWithdrawn;
    }

    public BooleanProperty useStopped() {
        return useStopped;
    }

    public StringProperty safeguardsNote() {
        return safeguardsNote;
    }

    public ObjectProperty<LocalDate> reportedOn() {
        return reportedOn;
    }

    public StringProperty department() {
        return department;
    }

    public StringProperty reportDocument() {
        return reportDocument;
    }

    public ObjectProperty<LocalDate> listedOn() {
        return listedOn;
    }

    public StringProperty listedBy() {
        return listedBy;
    }

    public StringProperty listingDocument() {
        return listingDocument;
    }

    public ObjectProperty<LocalDate> evaluatedOn() {
        return evaluatedOn;
    }

    public ObjectProperty<EvaluatorKind> evaluatorKind() {
        return evaluatorKind;
    }

    public StringProperty evaluatorName() {
        return evaluatorName;
    }

    public StringProperty conclusion() {
        return conclusion;
    }

    public ObjectProperty<LocalDate> requestedOn() {
        return requestedOn;
    }

    public ObjectProperty<LocalDate> deliveredOn() {
        return deliveredOn;
    }

    public ObjectProperty<LocalDate> reviewedOn() {
        return reviewedOn;
    }

    public StringProperty reviewer() {
        return reviewer;
    }

    public BooleanProperty reviewPassed() {
        return reviewPassed;
    }

    public StringProperty reviewNote() {
        return reviewNote;
    }

    public ObjectProperty<LocalDate> struckOffOn() {
        return struckOffOn;
    }
}
