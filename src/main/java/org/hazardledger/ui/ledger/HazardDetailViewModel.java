package org.hazardledger.ui.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.print.PrintJob;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import org.hazardledger.ui.attachment.AttachmentStripViewModel;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.ui.lifecycle.HazardActionsViewModel;
import org.hazardledger.ui.lifecycle.TimelineViewModel;
import org.hazardledger.ui.major.MajorHazardTabViewModel;
import org.hazardledger.model.Grade;
import org.hazardledger.model.UnionRecordRow;

/**
 * The detail pane of the selected hazard: every registration, grading, 五定 and outcome field by
 * name, and the forms it can be printed on (整改通知单, 销号单, a major hazard’s report and plan).
 */
public final class HazardDetailViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final HazardDetailFormatter formatter;
    private final ReadOnlyObjectWrapper<HazardDetails> details = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DetailSection> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canPrint;
    private final HazardActionsViewModel actions;
    private final TimelineViewModel timeline;
    private final MajorHazardTabViewModel major;
    private final AttachmentStripViewModel attachments;
    private UUID shown;
    private final ReadOnlyObjectWrapper<RiskPoint> riskPoint = new ReadOnlyObjectWrapper<>();

    public HazardDetailViewModel(WorkbenchServices services) {
        this.services = services;
        this.actions = new HazardActionsViewModel(services);
        this.timeline = new TimelineViewModel(services);
        this.major = new MajorHazardTabViewModel(services);
        this.attachments = new AttachmentStripViewModel(services);
        // A step on the major track (a complete plan, the department's review) changes what the
        // lifecycle allows now: ask again.
        major.sheetProperty().addListener((o, was, now) -> {
            HazardDetails d = details.get();
            if (was != null && d != null) {
                actions.show(d.hazard());
            }
        });
        this.messages = services.messages();
        this.formatter = new HazardDetailFormatter(messages);
        canPrint = Bindings.createBooleanBinding(() -> details.get() != null, details);
    }

    /** Shows the hazard with this id (read in the background); null empties the pane. */
    public void show(UUID id) {
        shown = id;
        timeline.show(id);
        attachments.show(AttachmentOwnerKind.HAZARD, id);
        if (id == null) {
            actions.show(null);
            major.show(null);
            riskPoint.set(null);
            details.set(null);
            sections.clear();
            title.set("");
            return;
        }
        loading.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Loaded(services.hazards().details(id), services.referenceData().subGrades(),
                        services.union().forHazard(id), services.risks().riskPointOf(id).orElse(null),
                        services.referenceData().allMajorCriteria(),
                        services.exchange().federation().noticesOnHazard(id)),
                loaded -> {
                    if (!id.equals(shown)) {
                        return;
                    }
                    loading.set(false);
                    Map<String, String> subGrades = loaded.subGrades().stream().collect(Collectors.toMap(
                            CatalogEntry::code, e -> e.name(messages.locale().getLanguage()), (a, b) -> a));
                    HazardDetails d = loaded.details().orElse(null);
                    riskPoint.set(loaded.riskPoint());
                    details.set(d);
                    // New photos of a hazard already rectified are most likely of the finished work.
                    attachments.kindProperty().set(d != null && d.hazard().outcome().rectifiedOn() != null
                            ? AttachmentKind.AFTER : AttachmentKind.BEFORE);
                    actions.show(d == null ? null : d.hazard());
                    List<DetailSection> shownSections = new java.util.ArrayList<>();
                    if (d != null) {
                        shownSections.addAll(formatter.sections(d, subGrades, LocalDate.now(services.clock()),
                                loaded.unionRecords(), loaded.riskPoint(), loaded.criteria()));
                        if (!loaded.notices().isEmpty()) {
                            shownSections.add(formatter.federationNotices(loaded.notices()));
                        }
                    }
                    sections.setAll(shownSections);
                    major.show(d != null && d.hazard().grading().grade() == Grade.MAJOR ? id : null);
                    title.set(d == null ? "" : messages.get("detail.title", d.hazard().number().toString(),
                            messages.label(d.hazard().status())));
                },
                failure -> {
                    loading.set(false);
                    services.dialogs().showError(messages.get("ledger.error.title"),
                            Failures.describe(messages, failure));
                }));
    }

    /**
     * The forms the shown hazard can be printed on: the notice and the closure form, and for a major
     * hazard its report and treatment plan. Empty when no hazard is shown.
     */
    public List<FormKind> printableForms() {
        HazardDetails d = details.get();
        if (d == null) {
            return List.of();
        }
        return d.hazard().grading().grade() == Grade.MAJOR
                ? List.of(FormKind.NOTICE, FormKind.CLOSURE, FormKind.MAJOR_REPORT, FormKind.MAJOR_PLAN)
                : List.of(FormKind.NOTICE, FormKind.CLOSURE);
    }

    /** The preview's job for one of {@link #printableForms()} of the shown hazard; empty when none is shown. */
    public Optional<PrintJob> printJob(FormKind kind) {
        HazardDetails d = details.get();
        if (d == null) {
            return Optional.empty();
        }
        String number = d.hazard().number().toString();
        return Optional.of(PrintJob.of(services.reports(), messages.get("detail.print.job", messages.label(kind), number),
                new FormRequest.HazardForm(kind, number)));
    }

    /** The actions the shown hazard offers the signed-in user. */
    /** The risk point the shown hazard is linked to, null when none. */
    public ReadOnlyObjectProperty<RiskPoint> riskPointProperty() {
        return riskPoint.getReadOnlyProperty();
    }

    /** Whether the signed-in user may link hazards to risk points. */
    public boolean canLinkRiskPoint() {
        return services.risks().canEdit();
    }

    /** The dialog's form to link the shown hazard to a risk point of its unit, above or below it. */
    public LinkRiskPointViewModel linkForm() {
        HazardDetails d = details.get();
        return d == null ? null : new LinkRiskPointViewModel(services, d.hazard());
    }

    /** Removes the shown hazard's link to its risk point. */
    public void unlinkRiskPoint() {
        HazardDetails d = details.get();
        if (d == null || riskPoint.get() == null) {
            return;
        }
        UUID id = d.hazard().id();
        services.tasks().execute(BackgroundTask.of(() -> {
            services.risks().unlink(id, d.hazard().revision());
            return id;
        }, this::show, failure -> services.dialogs().showError(messages.get("ledger.error.title"),
                Failures.describe(messages, failure))));
    }

    /** After a link was made: read the hazard again. */
    public void linked() {
        show(shown);
    }

    public HazardActionsViewModel actions() {
        return actions;
    }

    /** The shown hazard's major-hazard file (for major hazards). */
    public MajorHazardTabViewModel major() {
        return major;
    }

    /** The shown hazard's photos and documents. */
    public AttachmentStripViewModel attachments() {
        return attachments;
    }

    /** The shown hazard's history. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    public ReadOnlyObjectProperty<HazardDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObservableList<DetailSection> sections() {
        return sections;
    }

    /** "YH-2026-06-0001 · 整改中". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canPrintProperty() {
        return canPrint;
    }

    private record Loaded(Optional<HazardDetails> details, List<CatalogEntry> subGrades,
                          List<UnionRecordRow> unionRecords, RiskPoint riskPoint,
                          List<org.hazardledger.model.MajorCriterion> criteria,
                          List<org.hazardledger.model.FederationNotice> notices) {
    }
}
