package org.hazardledger.ui.proposals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hazardledger.model.Person;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalCategory;
import org.hazardledger.model.ProposalStatus;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.proposals.ProposalActionViewModel.Action;

/**
 * The 合理化建议 tab: the proposals filtered by status and category, a new proposal, and the
 * steps on the selected one that its state and the user’s role allow.
 */
public final class ProposalsViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<Proposal> all = FXCollections.observableArrayList();
    private final FilteredList<Proposal> rows = new FilteredList<>(all);
    private final ObservableList<Choice<ProposalStatus>> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice<ProposalCategory>> categories = FXCollections.observableArrayList();
    private final ObservableList<Choice<Person>> people = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ProposalStatus>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ProposalCategory>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Proposal> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper maySubmit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayEvaluate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayDecide = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID reselect;

    public ProposalsViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        statuses.add(new Choice<>(null, messages.get("proposals.filter.allStatuses")));
        for (ProposalStatus s : ProposalStatus.values()) {
            statuses.add(new Choice<>(s, messages.label(s)));
        }
        categories.add(new Choice<>(null, messages.get("proposals.filter.allCategories")));
        for (ProposalCategory c : ProposalCategory.values()) {
            categories.add(new Choice<>(c, messages.label(c)));
        }
        status.set(statuses.get(0));
        category.set(categories.get(0));
        status.addListener((o, was, now) -> refilter());
        category.addListener((o, was, now) -> refilter());
    }

    /** Whether {@code action} may be taken on the selected proposal now (state and role). */
    public BooleanBinding canProperty(Action action) {
        return Bindings.createBooleanBinding(() -> can(action), selected, mayEvaluate, mayDecide, maySubmit);
    }

    public boolean can(Action action) {
        Proposal p = selected.get();
        if (p == null) {
            return false;
        }
        switch (action) {
            case EVALUATE:
                return mayEvaluate.get() && p.status().mayEvaluate();
            case ADOPT:
            case REJECT:
                return mayDecide.get() && p.status().mayDecide();
            case IMPLEMENT:
                return mayDecide.get() && p.status().mayImplement();
            case REWARD:
                return mayDecide.get() && p.status().mayReward();
            default:
                return maySubmit.get();
        }
    }

    public void load() {
        maySubmit.set(services.campaign().proposals().canSubmit());
        mayEvaluate.set(services.campaign().proposals().canEvaluate());
        mayDecide.set(services.campaign().proposals().canDecide());
        UUID keep = reselect != null ? reselect : selected.get() == null ? null : selected.get().id();
        reselect = null;
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Snapshot(services.campaign().proposals().list(), services.organisation().people()),
                snap -> {
                    busy.set(false);
                    all.setAll(snap.proposals());
                    people.setAll(snap.people().stream().filter(p -> !p.retired())
                            .map(p -> new Choice<>(p, p.name() + " · " + p.employeeNo())).toList());
                    selected.set(rows.stream().filter(p -> p.id().equals(keep)).findFirst().orElse(null));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    private void refilter() {
        ProposalStatus s = status.get() == null ? null : status.get().value();
        ProposalCategory c = category.get() == null ? null : category.get().value();
        rows.setPredicate(p -> (s == null || p.status() == s) && (c == null || p.category() == c));
    }

    public ProposalFormViewModel newForm() {
        return new ProposalFormViewModel(services, people);
    }

    public Optional<ProposalActionViewModel> newAction(Action action) {
        return can(action) ? Optional.of(new ProposalActionViewModel(services, selected.get(), action))
                : Optional.empty();
    }

    public void submitted(Proposal p) {
        message.set(messages.get("proposals.submitted", p.number()));
        reselect = p.id();
        load();
    }

    public void changed(Proposal p) {
        message.set(messages.get("proposals.changed", p.number(), messages.label(p.status())));
        reselect = p.id();
        load();
    }

    public void exportCsv(List<List<String>> lines) {
        Optional<Path> target = services.dialogs().chooseSaveFile(messages.get("proposals.export.title"),
                "proposals.csv", messages.get("proposals.export.csv"), "*.csv");
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    TableCsv.write(lines, target.get());
                    return target.get();
                },
                path -> {
                    busy.set(false);
                    message.set(messages.get("proposals.export.done", path.getFileName().toString()));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    // cell words

    public String categoryText(Proposal p) {
        return messages.label(p.category());
    }

    public String statusText(Proposal p) {
        if (p.status() == ProposalStatus.NOT_ADOPTED && p.notAdoptedReason() != null) {
            return messages.label(p.status()) + "：" + p.notAdoptedReason();
        }
        return messages.label(p.status());
    }

    public String scoreText(Proposal p) {
        return p.score() == null ? "" : p.score().toString();
    }

    public String rewardText(Proposal p) {
        return p.reward() == null ? "" : p.reward().toPlainString();
    }

    public String hazardsText(Proposal p) {
        return String.join("、", p.hazardNumbers());
    }

    private record Snapshot(List<Proposal> proposals, List<Person> people) {
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Proposal> rows() {
        return rows;
    }

    public ObservableList<Choice<ProposalStatus>> statuses() {
        return statuses;
    }

    public ObservableList<Choice<ProposalCategory>> categories() {
        return categories;
    }

    public ObjectProperty<Choice<ProposalStatus>> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice<ProposalCategory>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Proposal> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty maySubmitProperty() {
        return maySubmit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
