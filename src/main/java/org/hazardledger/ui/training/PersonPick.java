package org.hazardledger.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.hazardledger.model.Person;

/** One person in an attendee picker, ticked or not. */
public final class PersonPick {

    private final Person person;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public PersonPick(Person person, String label) {
        this.person = person;
        this.label = label;
    }

    public Person person() {
        return person;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return label;
    }
}
