package org.hazardledger.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who made a safety report (举报): what is sealed to the union chair's key and shown only to the key
 * holder, for the one unseal that asked for it. Never stored in clear, logged or put in a message;
 * {@link #toString()} therefore shows nothing of it.
 *
 * @param name      the reporter's name
 * @param contact   a telephone number or another way to reach the reporter
 * @param workplace where the reporter works, free text (may be blank)
 * @param note      anything else the person registering it was told (may be blank)
 */
public record ReporterIdentity(String name, String contact, String workplace, String note) {

    public static final int NAME_MAX = 100;
    public static final int CONTACT_MAX = 100;
    public static final int WORKPLACE_MAX = 200;
    public static final int NOTE_MAX = 1000;

    /** Field names, shared with the form that shows the errors at their field. */
    public static final String NAME = "identityName";
    public static final String CONTACT = "identityContact";
    public static final String WORKPLACE = "identityWorkplace";
    public static final String NOTE = "identityNote";

    public ReporterIdentity {
        name = name == null ? "" : name.strip();
        contact = contact == null ? "" : contact.strip();
        workplace = workplace == null ? "" : workplace.strip();
        note = note == null ? "" : note.strip();
    }

    /** A name, and at least one of contact or workplace is not needed: a name alone can be sealed. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(FieldError.of(NAME, "validation.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(FieldError.of(NAME, "validation.tooLong", NAME_MAX));
        }
        if (contact.length() > CONTACT_MAX) {
            errors.add(FieldError.of(CONTACT, "validation.tooLong", CONTACT_MAX));
        }
        if (workplace.length() > WORKPLACE_MAX) {
            errors.add(FieldError.of(WORKPLACE, "validation.tooLong", WORKPLACE_MAX));
        }
        if (note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        return errors;
    }

    /** Shows nothing of the identity: a record's default text would end up in logs and messages. */
    @Override
    public String toString() {
        return "ReporterIdentity[sealed]";
    }
}
