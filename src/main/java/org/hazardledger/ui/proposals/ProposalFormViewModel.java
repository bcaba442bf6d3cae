package org.hazardledger.ui.proposals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.Person;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalCategory;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.ui.FormSave;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/** The form of a new proposal: category, title, content, proposer, day submitted, hazards by number. */
public final class ProposalFormViewModel {

    public static final List<String> FIELDS = List.of(ProposalDraft.CATEGORY, ProposalDraft.TITLE,
            ProposalDraft.CONTENT, ProposalDraft.PROPOSER, ProposalDraft.SUBMITTED_ON, ProposalDraft.HAZARDS);

    private final WorkbenchServices services;
    private final ObservableList<Choice<ProposalCategory>> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ProposalCategory>> category = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Person>> proposer = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> submittedOn = new SimpleObjectProperty<>();
    private final StringProperty hazards = new SimpleStringProperty("");
    private final ObservableList<Choice<Person>> people;
    private final FieldErrors errors;
    private final FormSave<Proposal> save;

    ProposalFormViewModel(WorkbenchServices services, ObservableList<Choice<Person>> people) {
        this.services = services;
        this.people = people;
        this.errors = new FieldErrors(services.messages(), FIELDS);
        this.save = new FormSave<>(services.tasks(), errors);
        for (ProposalCategory c : ProposalCategory.values()) {
            categories.add(new Choice<>(c, services.messages().label(c)));
        }
        category.set(categories.get(0));
        submittedOn.set(LedgerDay.china().today(services.clock()));
        errors.clearOnEdit(category, ProposalDraft.CATEGORY);
        errors.clearOnEdit(title, ProposalDraft.TITLE);
        errors.clearOnEdit(content, ProposalDraft.CONTENT);
        errors.clearOnEdit(proposer, ProposalDraft.PROPOSER);
        errors.clearOnEdit(submittedOn, ProposalDraft.SUBMITTED_ON);
        errors.clearOnEdit(hazards, ProposalDraft.HAZARDS);
    }

    /** Hazard numbers separated by spaces, commas or 、, upper-cased. */
    static List<String> numbers(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,，、;；]+")).filter(s -> !s.isBlank())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    public ProposalDraft draft() {
        return new ProposalDraft(category.get() == null ? null : category.get().value(), title.get(), content.get(),
                proposer.get() == null ? null : proposer.get().value().id(), submittedOn.get(), numbers(hazards.get()));
    }

    public void submit() {
        if (save.isBusy()) {
            return;
        }
        ProposalDraft draft = draft();
        List<FieldError> problems = draft.validate(LedgerDay.china().today(services.clock()));
        save.submit(problems, () -> services.campaign().proposals().submit(draft));
    }

    public ObservableList<Choice<ProposalCategory>> categories() {
        return categories;
    }

    public ObjectProperty<Choice<ProposalCategory>> categoryProperty() {
        return category;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public ObjectProperty<Choice<Person>> proposerProperty() {
        return proposer;
    }

    public ObservableList<Choice<Person>> people() {
        return people;
    }

    public ObjectProperty<LocalDate> submittedOnProperty() {
        return submittedOn;
    }

    public StringProperty hazardsProperty() {
        return hazards;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return save.busyProperty();
    }

    public ReadOnlyObjectProperty<Proposal> savedProperty() {
        return save.savedProperty();
    }
}
