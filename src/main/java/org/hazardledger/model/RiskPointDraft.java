package org.hazardledger.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A risk point as typed into its form. */
public record RiskPointDraft(UUID unitId, String name, String location, String hazardFactors,
                             BigDecimal likelihood, BigDecimal exposure, BigDecimal consequence,
                             String controlMeasures, UUID responsibleId) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public static final String UNIT = "unit";
    public static final String NAME = "name";
    public static final String LOCATION = "location";
    public static final String HAZARD_FACTORS = "hazardFactors";
    public static final String L = "likelihood";
    public static final String E = "exposure";
    public static final String C = "consequence";
    public static final String CONTROL_MEASURES = "controlMeasures";

    public static RiskPointDraft of(RiskPoint p) {
        return new RiskPointDraft(p.unitId(), p.name(), p.location(), p.hazardFactors(), p.lec().likelihood(),
                p.lec().exposure(), p.lec().consequence(), p.controlMeasures(), p.responsibleId());
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (unitId == null) {
            errors.add(FieldError.of(UNIT, "validation.required"));
        }
        text(errors, NAME, name, NAME_MAX, true);
        text(errors, LOCATION, location, NAME_MAX, false);
        text(errors, HAZARD_FACTORS, hazardFactors, TEXT_MAX, true);
        text(errors, CONTROL_MEASURES, controlMeasures, TEXT_MAX, true);
        factor(errors, L, likelihood, Lec.L_VALUES);
        factor(errors, E, exposure, Lec.E_VALUES);
        factor(errors, C, consequence, Lec.C_VALUES);
        return errors;
    }

    /** The LEC grading, once all three factors are valid. */
    public java.util.Optional<Lec> lec() {
        if (!on(Lec.L_VALUES, likelihood) || !on(Lec.E_VALUES, exposure) || !on(Lec.C_VALUES, consequence)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Lec(likelihood, exposure, consequence));
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    private static void factor(List<FieldError> errors, String field, BigDecimal value, List<BigDecimal> scale) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (!on(scale, value)) {
            errors.add(FieldError.of(field, "validation.lec.factor"));
        }
    }

    private static boolean on(List<BigDecimal> scale, BigDecimal value) {
        return value != null && scale.stream().anyMatch(v -> v.compareTo(value) == 0);
    }
}
