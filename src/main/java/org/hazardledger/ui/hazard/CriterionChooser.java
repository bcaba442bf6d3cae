package org.hazardledger.ui.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hazardledger.model.Industry;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.service.Messages;

/**
 * The clause chooser of a major grading: the clauses of the major-hazard criteria in force on the
 * day the hazard was found (the enterprise's industry first), narrowed by what is typed into the
 * filter, and a last option "other (give the reason)" with its reason. No scene-graph types: the
 * register form and the regrade form share it and tests drive it without a screen.
 */
public final class CriterionChooser {

    /** One entry of the list: a clause, or "other" when {@code criterion} is null. */
    public record Option(MajorCriterion criterion, String text) {
        public boolean isOther() {
            return criterion == null;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Messages messages;
    private final List<MajorCriterion> all = new ArrayList<>();
    private Industry industry;
    private LocalDate day;
    private final ObservableList<Option> options = FXCollections.observableArrayList();
    private final FilteredList<Option> shown = new FilteredList<>(options);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Option> selected = new SimpleObjectProperty<>();
    private final StringProperty otherReason = new SimpleStringProperty("");
    private final BooleanBinding other;

    public CriterionChooser(Messages messages) {
        this.messages = messages;
        filter.addListener((o, was, now) -> refilter());
        other = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().isOther(), selected);
        options.setAll(List.of(otherOption()));
    }

    /** Every version of every clause, the enterprise's industry, and the day the hazard was found. */
    public void setCriteria(List<MajorCriterion> criteria, Industry enterpriseIndustry, LocalDate foundOn) {
        all.clear();
        all.addAll(criteria);
        industry = enterpriseIndustry;
        setDay(foundOn);
    }

    /** The clauses offered are those in force on {@code foundOn}; a choice no longer offered is dropped. */
    public void setDay(LocalDate foundOn) {
        day = foundOn;
        Option was = selected.get();
        List<Option> list = new ArrayList<>();
        for (MajorCriterion c : MajorCriterion.inForceOn(all, day, industry)) {
            list.add(new Option(c, c.display()));
        }
        list.add(otherOption());
        options.setAll(list);
        refilter();
        if (was != null) {
            selected.set(options.stream().filter(o -> sameChoice(o, was)).findFirst().orElse(null));
        }
    }

    /** Selects the clause of {@code code} (or "other" when null with a reason), as a saved citation. */
    public void select(MajorCriterionCitation citation) {
        if (citation == null) {
            selected.set(null);
            otherReason.set("");
            return;
        }
        if (citation.isOther()) {
            selected.set(options.get(options.size() - 1));
            otherReason.set(citation.otherReason() == null ? "" : citation.otherReason());
            return;
        }
        selected.set(options.stream().filter(o -> !o.isOther() && o.criterion().code().equals(citation.code()))
                .findFirst().orElse(null));
    }

    /** The citation the choice makes: null when nothing is chosen. */
    public MajorCriterionCitation citation() {
        Option o = selected.get();
        if (o == null) {
            return null;
        }
        return o.isOther() ? MajorCriterionCitation.other(otherReason.get() == null ? "" : otherReason.get())
                : MajorCriterionCitation.clause(o.criterion().code());
    }

    public void clear() {
        selected.set(null);
        otherReason.set("");
        filter.set("");
    }

    private void refilter() {
        String[] words = filter.get() == null ? new String[0]
                : filter.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        Option keep = selected.get();
        shown.setPredicate(o -> o.isOther() || o == keep || matches(o, words));
    }

    private static boolean matches(Option o, String[] words) {
        String text = o.text().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameChoice(Option a, Option b) {
        return a.isOther() ? b.isOther() : !b.isOther() && a.criterion().code().equals(b.criterion().code());
    }

    private Option otherOption() {
        return new Option(null, messages.get("criterion.other"));
    }

    /** The options the filter leaves, "other" always last. */
    public ObservableList<Option> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Option> selectedProperty() {
        return selected;
    }

    public StringProperty otherReasonProperty() {
        return otherReason;
    }

    /** True while "other" is chosen: the reason field shows. */
    public BooleanBinding otherProperty() {
        return other;
    }
}
