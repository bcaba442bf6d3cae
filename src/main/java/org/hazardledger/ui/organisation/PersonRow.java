package org.hazardledger.ui.organisation;

import org.hazardledger.model.PersonEntry;

/** One line of the people table, its texts already in the user's language. */
public record PersonRow(PersonEntry entry, String name, String employeeNo, String role, String unionMember,
                        String certificate) {

    public boolean retired() {
        return entry.person().retired();
    }
}
