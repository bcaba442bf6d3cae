package org.hazardledger.ui.union;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.ReplyClock;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.ValidationException;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The issue form (签发工会建议): kind, the hazards by number, dates and the written content. Shows
 * the answer's due day as the user fills it in, checks each field, and issues in the background.
 */
public final class UnionIssueViewModel {

    public static final List<String> FIELDS = List.of(UnionRecordDraft.KIND, UnionRecordDraft.HAZARDS,
            UnionRecordDraft.ISSUED_ON, UnionRecordDraft.DELIVERED_ON, UnionRecordDraft.FINDINGS,
            UnionRecordDraft.RECOMMENDATION);

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<Choice<UnionRecordKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<UnionRecordKind>> kind = new SimpleObjectProperty<>();
    private final StringProperty hazards = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deliveredOn = new SimpleObjectProperty<>();
    private final StringProperty findings = new SimpleStringProperty("");
    private final StringProperty recommendation = new SimpleStringProperty("");
    private final ObjectProperty<ReplyClock> replyClock = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkingCalendar> calendar = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UnionRecord> issued = new ReadOnlyObjectWrapper<>();
    private final StringBinding dueHint;

    /** @param hazardNumber the hazard to start with (the one selected in the ledger), or null */
    public UnionIssueViewModel(WorkbenchServices services, String hazardNumber) {
        this.services = services;
        this.messages = services.messages();
        this.errors = new FieldErrors(messages, FIELDS);
        for (UnionRecordKind k : UnionRecordKind.values()) {
            kinds.add(new Choice<>(k, messages.label(k)));
        }
        kind.set(kinds.get(0));
        hazards.set(hazardNumber == null ? "" : hazardNumber);
        issuedOn.set(today());
        deliveredOn.set(today());
        dueHint = Bindings.createStringBinding(this::describeDue, kind, deliveredOn, replyClock, calendar);
        errors.clearOnEdit(kind, UnionRecordDraft.KIND);
        errors.clearOnEdit(hazards, UnionRecordDraft.HAZARDS);
        errors.clearOnEdit(issuedOn, UnionRecordDraft.ISSUED_ON);
        errors.clearOnEdit(deliveredOn, UnionRecordDraft.DELIVERED_ON);
        errors.clearOnEdit(findings, UnionRecordDraft.FINDINGS);
        errors.clearOnEdit(recommendation, UnionRecordDraft.RECOMMENDATION);
    }

    /** Reads the reply period and the working calendar, so the form can tell the due day. */
    public void load() {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new ClockSetting(services.union().replyClock(), services.referenceData().workingCalendar()),
                setting -> {
                    replyClock.set(setting.clock());
                    calendar.set(setting.calendar());
                    busy.set(false);
                },
                failure -> {
                    busy.set(false);
                    errors.showForm(Failures.describe(messages, failure));
                }));
    }

    /** Checks the form and, when it passes, issues the record; {@link #issuedProperty()} then carries it. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        UnionRecordDraft draft = draft();
        List<FieldError> problems = draft.validate(today());
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.union().issue(draft),
                record -> {
                    busy.set(false);
                    issued.set(record);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ValidationException v) {
                        errors.show(v.errors());
                    } else if (failure instanceof DomainException d && d.messageKey().equals("error.union.outsideScope")) {
                        // the hazard is the thing to correct, so say it there
                        errors.set(UnionRecordDraft.HAZARDS, messages.describe(d));
                        errors.showForm(messages.get("error.validation", 1));
                    } else {
                        errors.showForm(Failures.describe(messages, failure));
                    }
                }));
    }

    /** The draft the inputs make now; hazard numbers may be separated by spaces, commas or 、. */
    public UnionRecordDraft draft() {
        List<String> numbers = Arrays.stream(hazards.get().split("[\\s,，、;；]+")).filter(s -> !s.isBlank())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
        return new UnionRecordDraft(kind.get() == null ? null : kind.get().value(), numbers, issuedOn.get(),
                deliveredOn.get(), findings.get(), recommendation.get());
    }

    private String describeDue() {
        UnionRecordKind k = kind.get() == null ? null : kind.get().value();
        LocalDate delivered = deliveredOn.get();
        if (k == null || delivered == null || calendar.get() == null) {
            return "";
        }
        if (k.urgent()) {
            return messages.get("union.issue.dueImmediately", delivered);
        }
        ReplyClock clock = replyClock.get();
        return messages.get("union.issue.dueOn", clock.forProposal(delivered, calendar.get()).due(),
                clock.workingDays());
    }

    private LocalDate today() {
        return LedgerDay.china().today(services.clock());
    }

    private record ClockSetting(ReplyClock clock, WorkingCalendar calendar) {
    }

    public ObservableList<Choice<UnionRecordKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<UnionRecordKind>> kindProperty() {
        return kind;
    }

    public StringProperty hazardsProperty() {
        return hazards;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
    }

    public ObjectProperty<LocalDate> deliveredOnProperty() {
        return deliveredOn;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public StringProperty recommendationProperty() {
        return recommendation;
    }

    /** "答复期限：…" for the kind and delivery day chosen; "" until the calendar is read. */
    public ObservableStringValue dueHintProperty() {
        return dueHint;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UnionRecord> issuedProperty() {
        return issued.getReadOnlyProperty();
    }
}
