package org.hazardledger.ui.federation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 发出通知 form: to which enterprise, what kind, on which of its hazards (or the whole
 * enterprise), document number, title, text, the verification result and the date. Refusals show
 * at their fields; once written, {@link #issuedProperty()} carries the notice.
 */
public final class NoticeFormViewModel {

    public static final List<String> FIELDS = List.of(NoticeDraft.ENTERPRISE, NoticeDraft.KIND, NoticeDraft.HAZARD,
            NoticeDraft.DOCUMENT_NO, NoticeDraft.TITLE, NoticeDraft.BODY, NoticeDraft.VERIFIED, NoticeDraft.ISSUED_ON);

    private final WorkbenchServices services;
    private final Messages messages;
    private final FieldErrors errors;
    private final ObservableList<Choice<EnterpriseOverview>> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<EnterpriseOverview>> enterprise = new SimpleObjectProperty<>();
    private final ObservableList<Choice<NoticeKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<NoticeKind>> kind = new SimpleObjectProperty<>();
    private final ObservableList<Choice<ConsolidatedHazard>> hazards = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ConsolidatedHazard>> hazard = new SimpleObjectProperty<>();
    private final StringProperty documentNo = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final BooleanProperty verified = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<FederationNotice> issued = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding verification;
    private UUID wantedHazard;

    /**
     * @param enterpriseId the enterprise to start with, or null
     * @param hazardId     the hazard of that enterprise to start with, or null
     */
    public NoticeFormViewModel(WorkbenchServices services, List<EnterpriseOverview> known, UUID enterpriseId,
            UUID hazardId) {
        this.services = services;
        this.messages = services.messages();
        this.errors = new FieldErrors(messages, FIELDS);
        known.forEach(e -> enterprises.add(new Choice<>(e, e.name())));
        for (NoticeKind k : NoticeKind.values()) {
            kinds.add(new Choice<>(k, messages.label(k)));
        }
        kind.set(kinds.get(0));
        hazards.add(none());
        hazard.set(hazards.get(0));
        issuedOn.set(LocalDate.now(services.clock()));
        verification = Bindings.createBooleanBinding(
                () -> kind.get() != null && kind.get().value() == NoticeKind.VERIFICATION, kind);
        wantedHazard = hazardId;
        enterprise.addListener((o, was, now) -> loadHazards(now == null ? null : now.value()));
        enterprises.stream().filter(c -> c.value().installation().equals(enterpriseId)).findFirst()
                .ifPresent(enterprise::set);
        errors.clearOnEdit(enterprise, NoticeDraft.ENTERPRISE);
        errors.clearOnEdit(kind, NoticeDraft.KIND);
        errors.clearOnEdit(hazard, NoticeDraft.HAZARD);
        errors.clearOnEdit(documentNo, NoticeDraft.DOCUMENT_NO);
        errors.clearOnEdit(title, NoticeDraft.TITLE);
        errors.clearOnEdit(body, NoticeDraft.BODY);
        errors.clearOnEdit(verified, NoticeDraft.VERIFIED);
        errors.clearOnEdit(issuedOn, NoticeDraft.ISSUED_ON);
    }

    private Choice<ConsolidatedHazard> none() {
        return new Choice<>(null, messages.get("federation.notice.wholeEnterprise"));
    }

    /** The chosen enterprise's hazards, for naming the one the notice concerns. */
    private void loadHazards(EnterpriseOverview e) {
        hazards.setAll(List.of(none()));
        hazard.set(hazards.get(0));
        if (e == null) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.exchange().federation().enterpriseHazards(e.installation()),
                list -> {
                    busy.set(false);
                    if (enterprise.get() == null || enterprise.get().value() != e) {
                        return;
                    }
                    list.forEach(h -> hazards.add(new Choice<>(h, h.number() + " " + (h.summary() == null ? ""
                            : h.summary()))));
                    hazards.stream().filter(c -> c.value() != null && c.value().hazardId().equals(wantedHazard))
                            .findFirst().ifPresent(hazard::set);
                    wantedHazard = null;
                },
                failure -> {
                    busy.set(false);
                    errors.showForm(Failures.describe(messages, failure));
                }));
    }

    /** The draft the inputs make now. */
    public NoticeDraft draft() {
        ConsolidatedHazard h = hazard.get() == null ? null : hazard.get().value();
        NoticeKind k = kind.get() == null ? null : kind.get().value();
        return new NoticeDraft(enterprise.get() == null ? null : enterprise.get().value().installation(), k,
                h == null ? null : h.hazardId(), h == null ? null : h.number(), documentNo.get(), title.get(),
                body.get(), k == NoticeKind.VERIFICATION ? Boolean.valueOf(verified.get()) : null, issuedOn.get());
    }

    /** Checks the form and, when it passes, writes the notice in the background. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        NoticeDraft draft = draft();
        List<FieldError> problems = draft.validate(LocalDate.now(services.clock()));
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.exchange().federation().issueNotice(draft),
                notice -> {
                    busy.set(false);
                    issued.set(notice);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    public ObservableList<Choice<EnterpriseOverview>> enterprises() {
        return enterprises;
    }

    public ObjectProperty<Choice<EnterpriseOverview>> enterpriseProperty() {
        return enterprise;
    }

    public ObservableList<Choice<NoticeKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<NoticeKind>> kindProperty() {
        return kind;
    }

    public ObservableList<Choice<ConsolidatedHazard>> hazards() {
        return hazards;
    }

    public ObjectProperty<Choice<ConsolidatedHazard>> hazardProperty() {
        return hazard;
    }

    public StringProperty documentNoProperty() {
        return documentNo;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** For a verification result: whether the rectification was found done. */
    public BooleanProperty verifiedProperty() {
        return verified;
    }

    /** True while the kind is a verification result (the only kind that says verified or not). */
    public BooleanBinding verificationProperty() {
        return verification;
    }

    public ObjectProperty<LocalDate> issuedOnProperty() {
        return issuedOn;
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

    public ReadOnlyObjectProperty<FederationNotice> issuedProperty() {
        return issued.getReadOnlyProperty();
    }
}
