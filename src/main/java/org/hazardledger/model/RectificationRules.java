package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks on the 五定 when a hazard's rectification is assigned. */
public final class RectificationRules {

    public static final String MEASURES = "measures";
    public static final String RESPONSIBLE = "responsible";
    public static final String DEADLINE = "deadline";
    public static final String FUNDS = "funds";

    private RectificationRules() {
    }

    public static List<FieldError> validate(Rectification r, LocalDate foundOn) {
        List<FieldError> errors = new ArrayList<>();
        if (HazardDraft.isBlank(r.measures())) {
            errors.add(FieldError.of(MEASURES, "validation.required"));
        }
        if (r.responsibleId() == null) {
            errors.add(FieldError.of(RESPONSIBLE, "validation.required"));
        }
        if (r.deadline() == null) {
            errors.add(FieldError.of(DEADLINE, "validation.required"));
        } else if (foundOn != null && r.deadline().isBefore(foundOn)) {
            errors.add(FieldError.of(DEADLINE, "validation.deadline.beforeFound"));
        }
        if (r.funds() != null && r.funds().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(FieldError.of(FUNDS, "validation.funds.negative"));
        }
        return errors;
    }
}
