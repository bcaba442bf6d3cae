package org.hazardledger.ui.hazard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.UnitOption;

/**
 * What the register form offers to pick from: the fixed lists (sources, forms, grades …) in the
 * user's language, and the ledger's own (units by path, people, categories, sub-grades), filled
 * once they have been read in the background.
 */
public final class RegisterHazardChoices {

    private final Messages messages;
    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> allPeople = FXCollections.observableArrayList();
    private final FilteredList<PersonOption> people = new FilteredList<>(allPeople);
    private final ObservableList<Choice<String>> categories = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> subGrades = FXCollections.observableArrayList();
    private final ObservableList<Choice<HazardSource>> sources;
    private final ObservableList<Choice<HazardForm>> forms;
    private final ObservableList<Choice<Grade>> grades;
    private final ObservableList<Choice<MajorReason>> majorReasons;
    private final ObservableList<Choice<RiskColour>> riskColours = FXCollections.observableArrayList();
    private final ObservableList<Choice<Tier>> tiers;

    /** {@code finderSearch} narrows {@link #people()} to names or staff numbers containing it. */
    public RegisterHazardChoices(Messages messages, ObservableStringValue finderSearch) {
        this.messages = messages;
        sources = FXCollections.observableArrayList(enumChoices(HazardSource.values()));
        forms = FXCollections.observableArrayList(enumChoices(HazardForm.values()));
        grades = FXCollections.observableArrayList(enumChoices(Grade.values()));
        majorReasons = FXCollections.observableArrayList(enumChoices(MajorReason.values()));
        tiers = FXCollections.observableArrayList(enumChoices(Tier.values()));
        riskColours.add(new Choice<>(null, messages.get("register.riskColour.none")));
        riskColours.addAll(enumChoices(RiskColour.values()));
        subGrades.add(noSubGrade());
        people.predicateProperty().bind(Bindings.createObjectBinding(
                () -> p -> p.matches(finderSearch.get()), finderSearch));
    }

    /** Takes the lists read from the ledger (on the FX thread). */
    void fill(List<OrgUnit> orgUnits, List<Person> staff, List<CatalogEntry> hazardCategories,
              List<CatalogEntry> subGradeEntries) {
        String language = messages.locale().getLanguage();
        units.setAll(UnitOption.fromUnits(orgUnits));
        Map<UUID, String> unitNames = orgUnits.stream()
                .collect(Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
        allPeople.setAll(staff.stream().filter(p -> !p.retired())
                .map(p -> new PersonOption(p.id(), p.name(), p.employeeNo(), unitNames.get(p.unitId())))
                .toList());
        categories.setAll(hazardCategories.stream().map(c -> new Choice<>(c.code(), c.name(language))).toList());
        List<Choice<String>> sub = new ArrayList<>();
        sub.add(noSubGrade());
        subGradeEntries.forEach(c -> sub.add(new Choice<>(c.code(), c.name(language))));
        subGrades.setAll(sub);
    }

    /** The person with {@code id} among all (not only the searched) people; null when not listed. */
    PersonOption person(UUID id) {
        return allPeople.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The choice whose value is {@code value} (null when not offered). */
    public static <T> Choice<T> choiceOf(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElse(null);
    }

    private Choice<String> noSubGrade() {
        return new Choice<>(null, messages.get("register.subGrade.none"));
    }

    private <E extends Enum<E> & Labelled> List<Choice<E>> enumChoices(E[] values) {
        return Arrays.stream(values).map(v -> new Choice<>(v, messages.label(v))).toList();
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    /** The people matching the finder search. */
    public ObservableList<PersonOption> people() {
        return people;
    }

    public ObservableList<Choice<String>> categories() {
        return categories;
    }

    public ObservableList<Choice<String>> subGrades() {
        return subGrades;
    }

    public ObservableList<Choice<HazardSource>> sources() {
        return sources;
    }

    public ObservableList<Choice<HazardForm>> forms() {
        return forms;
    }

    public ObservableList<Choice<Grade>> grades() {
        return grades;
    }

    public ObservableList<Choice<MajorReason>> majorReasons() {
        return majorReasons;
    }

    public ObservableList<Choice<RiskColour>> riskColours() {
        return riskColours;
    }

    public ObservableList<Choice<Tier>> tiers() {
        return tiers;
    }
}
