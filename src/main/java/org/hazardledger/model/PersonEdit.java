package org.hazardledger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the organisation editor saves for a person. A union office makes its holder a member of the
 * body they lead; only a 群监员 carries a certificate, which the higher union issued.
 */
public record PersonEdit(UUID unitId, String employeeNo, String name, Role role, boolean unionMember,
                         String certificateNo, String appointedBy) {

    /** The same edit stripped, with membership implied by a union office and certificates only for inspectors. */
    public PersonEdit normalised() {
        boolean inspector = role == Role.LABOUR_INSPECTOR;
        return new PersonEdit(unitId, strip(employeeNo), strip(name), role,
                unionMember || UnionBody.ledTier(role).isPresent() || inspector,
                inspector ? strip(certificateNo) : null, inspector ? strip(appointedBy) : null);
    }

    /** Problems visible without the ledger: required texts, lengths, the inspector's certificate. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (unitId == null) {
            errors.add(FieldError.of("unit", "validation.required"));
        }
        requireText(errors, "employeeNo", employeeNo, 40);
        requireText(errors, "name", name, 100);
        if (role == null) {
            errors.add(FieldError.of("role", "validation.required"));
        }
        if (role == Role.LABOUR_INSPECTOR) {
            requireText(errors, "certificateNo", certificateNo, 40);
            requireText(errors, "appointedBy", appointedBy, 200);
        }
        return errors;
    }

    private static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
