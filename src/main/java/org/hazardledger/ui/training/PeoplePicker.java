package org.hazardledger.ui.training;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hazardledger.model.Person;

/** Choosing attendees from the staff list: a filter by name or employee number, and ticks. */
public final class PeoplePicker {

    private final ObservableList<PersonPick> all = FXCollections.observableArrayList(
            p -> new javafx.beans.Observable[] {p.selectedProperty()});
    private final FilteredList<PersonPick> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper selectedCount =
            new javafx.beans.property.ReadOnlyIntegerWrapper();

    public PeoplePicker() {
        all.addListener((javafx.collections.ListChangeListener<PersonPick>) c -> selectedCount.set(
                (int) all.stream().filter(p -> p.selectedProperty().get()).count()));
        filter.addListener((o, was, now) -> {
            String f = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(f.isEmpty() ? null : p -> p.selectedProperty().get()
                    || p.label().toLowerCase(Locale.ROOT).contains(f));
        });
    }

    /** The staff to choose from (retired people left out). */
    public void setPeople(List<Person> people) {
        all.setAll(people.stream().filter(p -> !p.retired())
                .map(p -> new PersonPick(p, p.name() + " · " + p.employeeNo())).toList());
    }

    public void select(UUID personId) {
        all.stream().filter(p -> p.person().id().equals(personId)).forEach(p -> p.selectedProperty().set(true));
    }

    public List<UUID> selectedIds() {
        return all.stream().filter(p -> p.selectedProperty().get()).map(p -> p.person().id()).toList();
    }

    public List<Person> selectedPeople() {
        return all.stream().filter(p -> p.selectedProperty().get()).map(PersonPick::person).toList();
    }

    /** All people, ticked or not (observable: a tick changes the list). */
    public ObservableList<PersonPick> all() {
        return all;
    }

    public ObservableList<PersonPick> shown() {
        return shown;
    }

    /** How many are ticked. */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
