package org.hazardledger.ui.union;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ClockState;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.model.UnionRecordStatus;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 工会监督 page: the union's records with their answer clocks, filtered by "open only" and by
 * kind; issuing (union members) and answering (clerk, principal). The list reloads after each.
 */
public final class UnionViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<UnionRecordRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice<UnionRecordKind>> kinds = FXCollections.observableArrayList();
    private final BooleanProperty openOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Choice<UnionRecordKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<UnionRecordRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayIssue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayAnswer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAnswerSelected;
    /** The record to select once the list is back (the one just issued or answered). */
    private UUID reselect;

    public UnionViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        kinds.add(new Choice<>(null, messages.get("union.filter.allKinds")));
        for (UnionRecordKind k : UnionRecordKind.values()) {
            kinds.add(new Choice<>(k, messages.label(k)));
        }
        kind.set(kinds.get(0));
        canAnswerSelected = Bindings.createBooleanBinding(() -> mayAnswer.get() && selected.get() != null
                && selected.get().record().status() == UnionRecordStatus.OPEN, mayAnswer, selected);
        openOnly.addListener((o, was, now) -> load());
        kind.addListener((o, was, now) -> load());
    }

    /** (Re)reads the list for the filters in the background; also re-reads who may do what. */
    public void load() {
        mayIssue.set(services.union().canIssue());
        mayAnswer.set(services.union().canAnswer());
        UnionQuery query = new UnionQuery(openOnly.get(), kind.get() == null ? null : kind.get().value(), null);
        UUID keep = reselect != null ? reselect : selected.get() == null ? null : selected.get().record().id();
        reselect = null;
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.union().list(query),
                list -> {
                    busy.set(false);
                    rows.setAll(list);
                    selected.set(list.stream().filter(r -> r.record().id().equals(keep)).findFirst().orElse(null));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    /** A fresh issue form, starting with {@code hazardNumber} (may be null). */
    public UnionIssueViewModel newIssueForm(String hazardNumber) {
        return new UnionIssueViewModel(services, hazardNumber);
    }

    /** The answer form for the selected record, if it is open and the user may answer. */
    public Optional<UnionAnswerViewModel> newAnswerForm() {
        return canAnswerSelected.get() ? Optional.of(new UnionAnswerViewModel(services, selected.get()))
                : Optional.empty();
    }

    /** After the issue dialog saved a record: say so and show it in the list. */
    public void issued(UnionRecord record) {
        message.set(messages.get("union.issued", record.number()));
        reselect = record.id();
        load();
    }

    /** After the answer dialog saved an answer. */
    public void answered(UnionRecord record) {
        message.set(messages.get("union.answered", record.number()));
        reselect = record.id();
        load();
    }

    // the words of a row's cells, here so that they are tested without a screen

    public String kindText(UnionRecordRow row) {
        return messages.label(row.record().kind());
    }

    public String hazardsText(UnionRecordRow row) {
        return String.join("、", row.hazardNumbers());
    }

    public String dueText(UnionRecordRow row) {
        return row.record().urgent() ? messages.get("union.due.immediately", row.due()) : row.due().toString();
    }

    /** "须立即答复" for an open urgent record, else where the clock stands (逾期, 按期答复 …). */
    public String statusText(UnionRecordRow row) {
        if (row.record().status() == UnionRecordStatus.OPEN && row.record().urgent()
                && row.clockState() != ClockState.OVERDUE) {
            return messages.get("union.status.urgent");
        }
        return messages.label(row.clockState());
    }

    public String issuerText(UnionRecordRow row) {
        UnionRecord r = row.record();
        String body = row.issuerUnitName() == null ? messages.get("union.issuer.enterprise") : row.issuerUnitName();
        return messages.get("union.issuer", body, r.issuedBy());
    }

    /** How many open records are red: shown above the list. */
    public long alarmingCount() {
        return rows.stream().filter(UnionRecordRow::alarming).count();
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<UnionRecordRow> rows() {
        return rows;
    }

    public ObservableList<Choice<UnionRecordKind>> kinds() {
        return kinds;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public ObjectProperty<Choice<UnionRecordKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<UnionRecordRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayIssueProperty() {
        return mayIssue.getReadOnlyProperty();
    }

    public BooleanBinding canAnswerSelectedProperty() {
        return canAnswerSelected;
    }

    /** The last outcome: "已签发 GH-…", "已答复 GH-…", or why the list could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
