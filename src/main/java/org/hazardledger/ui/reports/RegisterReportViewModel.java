package org.hazardledger.ui.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 登记举报 form: channel, date received, unit (optional), summary, and the reporter's identity
 * (not for an anonymous report), which the service seals before anything is written.
 */
public final class RegisterReportViewModel {

    public static final List<String> FIELDS = List.of(SafetyReportDraft.CHANNEL, SafetyReportDraft.RECEIVED_ON,
            SafetyReportDraft.UNIT, SafetyReportDraft.SUMMARY, ReporterIdentity.NAME, ReporterIdentity.CONTACT,
            ReporterIdentity.WORKPLACE, ReporterIdentity.NOTE);

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<Choice<ReportChannel>> channels = FXCollections.observableArrayList();
    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ReportChannel>> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty workplace = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding anonymous;
    private final FieldErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SafetyReport> registered = new ReadOnlyObjectWrapper<>();

    public RegisterReportViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        this.errors = new FieldErrors(messages, FIELDS);
        for (ReportChannel c : ReportChannel.values()) {
            channels.add(new Choice<>(c, messages.label(c)));
        }
        channel.set(channels.get(0));
        receivedOn.set(today());
        anonymous = Bindings.createBooleanBinding(
                () -> channel.get() != null && channel.get().value() == ReportChannel.ANONYMOUS, channel);
        errors.clearOnEdit(channel, SafetyReportDraft.CHANNEL);
        errors.clearOnEdit(channel, ReporterIdentity.NAME);
        errors.clearOnEdit(receivedOn, SafetyReportDraft.RECEIVED_ON);
        errors.clearOnEdit(unit, SafetyReportDraft.UNIT);
        errors.clearOnEdit(summary, SafetyReportDraft.SUMMARY);
        errors.clearOnEdit(name, ReporterIdentity.NAME);
        errors.clearOnEdit(contact, ReporterIdentity.CONTACT);
        errors.clearOnEdit(workplace, ReporterIdentity.WORKPLACE);
        errors.clearOnEdit(note, ReporterIdentity.NOTE);
    }

    /** Reads the units to choose from, in the background. */
    public void load() {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> UnitOption.fromUnits(services.organisation().units()),
                list -> {
                    busy.set(false);
                    List<UnitOption> all = new ArrayList<>();
                    all.add(null);
                    all.addAll(list);
                    units.setAll(all);
                },
                failure -> {
                    busy.set(false);
                    errors.showForm(Failures.describe(messages, failure));
                }));
    }

    /** Checks the form and registers the report; {@link #registeredProperty()} then carries it. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        SafetyReportDraft draft = draft();
        List<FieldError> problems = draft.validate(today());
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.campaign().reports().register(draft),
                report -> {
                    busy.set(false);
                    clearIdentity();
                    registered.set(report);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ValidationException v) {
                        errors.show(v.errors());
                    } else {
                        errors.showForm(Failures.describe(messages, failure));
                    }
                }));
    }

    /** The draft the inputs make now; no identity for an anonymous report. */
    public SafetyReportDraft draft() {
        ReportChannel c = channel.get() == null ? null : channel.get().value();
        ReporterIdentity identity = c == ReportChannel.ANONYMOUS ? null
                : new ReporterIdentity(name.get(), contact.get(), workplace.get(), note.get());
        return new SafetyReportDraft(c, receivedOn.get(), unit.get() == null ? null : unit.get().id(), summary.get(),
                identity);
    }

    /** Forgets the typed identity (after registering, or when the dialog closes). */
    public void clearIdentity() {
        name.set("");
        contact.set("");
        workplace.set("");
        note.set("");
    }

    private LocalDate today() {
        return LedgerDay.china().today(services.clock());
    }

    public ObservableList<Choice<ReportChannel>> channels() {
        return channels;
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    public ObjectProperty<Choice<ReportChannel>> channelProperty() {
        return channel;
    }

    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty workplaceProperty() {
        return workplace;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True for the anonymous channel: the identity fields are disabled. */
    public BooleanBinding anonymousProperty() {
        return anonymous;
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

    public ReadOnlyObjectProperty<SafetyReport> registeredProperty() {
        return registered.getReadOnlyProperty();
    }
}
