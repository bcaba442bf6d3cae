package org.hazardledger.ui.sheetimport;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.ui.Choice;

/**
 * A unit, person or category of the sheet the ledger does not know, and what the user decides: a unit
 * or person is created (the choice whose value is null) or taken as an existing one; a category must be
 * taken as a catalogue entry. Values: a unit's or person's UUID, a category's code.
 */
public final class UnknownName {

    /** What kind of name. */
    public enum Kind { UNIT, PERSON, CATEGORY }

    private final Kind kind;
    private final String text;
    private final ObservableList<Choice<Object>> choices;
    private final ObjectProperty<Choice<Object>> choice = new SimpleObjectProperty<>();

    UnknownName(Kind kind, String text, java.util.List<Choice<Object>> choices) {
        this.kind = kind;
        this.text = text;
        this.choices = FXCollections.observableArrayList(choices);
        this.choice.set(choices.isEmpty() ? null : choices.get(0));
    }

    public Kind kind() {
        return kind;
    }

    /** As written in the sheet. */
    public String text() {
        return text;
    }

    public ObservableList<Choice<Object>> choices() {
        return choices;
    }

    public ObjectProperty<Choice<Object>> choiceProperty() {
        return choice;
    }

    /** The existing unit, person or category chosen; null: create it (or, for a category, not chosen). */
    public Object value() {
        return choice.get() == null ? null : choice.get().value();
    }
}
