package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A hazard as typed into the register form, before it has a number. */
public record HazardDraft(Registration registration, Grading grading) {

    public static final int PLACE_MAX = 200;
    public static final int DESCRIPTION_MIN = 4;
    public static final int DESCRIPTION_MAX = 4000;

    /** Field names, shared with the forms that show the errors at their field. */
    public static final String UNIT = "unit";
    public static final String PLACE = "place";
    public static final String FOUND_ON = "foundOn";
    public static final String FINDER = "finder";
    public static final String SOURCE = "source";
    public static final String CATEGORY = "category";
    public static final String FORM = "form";
    public static final String DESCRIPTION = "description";
    public static final String GRADE = "grade";
    public static final String SUB_GRADE = "subGrade";
    public static final String MAJOR_REASON = "majorReason";
    public static final String RECTIFYING_TIER = "rectifyingTier";
    public static final String MAJOR_CRITERION = "majorCriterion";
    public static final String MAJOR_CRITERION_REASON = "majorCriterionReason";

    /** Checks what can be checked without the ledger; the service adds the checks that need it. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        validateRegistration(today, errors);
        validateGrading(errors);
        return errors;
    }

    private void validateRegistration(LocalDate today, List<FieldError> errors) {
        Registration r = registration;
        if (r.unitId() == null) {
            errors.add(FieldError.of(UNIT, "validation.required"));
        }
        if (isBlank(r.place())) {
            errors.add(FieldError.of(PLACE, "validation.required"));
        } else if (r.place().strip().length() > PLACE_MAX) {
            errors.add(FieldError.of(PLACE, "validation.tooLong", PLACE_MAX));
        }
        if (r.foundOn() == null) {
            errors.add(FieldError.of(FOUND_ON, "validation.required"));
        } else if (r.foundOn().isAfter(today)) {
            errors.add(FieldError.of(FOUND_ON, "validation.foundOn.future"));
        }
        if (!r.anonymous() && r.finderId() == null) {
            errors.add(FieldError.of(FINDER, "validation.finder.required"));
        }
        if (r.source() == null) {
            errors.add(FieldError.of(SOURCE, "validation.required"));
        }
        if (isBlank(r.category())) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        if (r.form() == null) {
            errors.add(FieldError.of(FORM, "validation.required"));
        }
        validateDescription(r.description(), errors);
    }

    private static void validateDescription(String description, List<FieldError> errors) {
        if (isBlank(description)) {
            errors.add(FieldError.of(DESCRIPTION, "validation.required"));
        } else if (description.strip().length() < DESCRIPTION_MIN) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooShort", DESCRIPTION_MIN));
        } else if (description.strip().length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", DESCRIPTION_MAX));
        }
    }

    private void validateGrading(List<FieldError> errors) {
        errors.addAll(validateGrading(grading));
    }

    /** The grade rules (定级): a major hazard names its reason and is treated at the plant tier. */
    public static List<FieldError> validateGrading(Grading g) {
        List<FieldError> errors = new ArrayList<>();
        if (g.grade() == null) {
            errors.add(FieldError.of(GRADE, "validation.required"));
        } else if (g.grade() == Grade.MAJOR) {
            if (g.majorReason() == null) {
                errors.add(FieldError.of(MAJOR_REASON, "validation.majorReason.required"));
            }
            if (g.subGrade() != null) {
                errors.add(FieldError.of(SUB_GRADE, "validation.subGrade.onlyGeneral"));
            }
            if (g.rectifyingTier() != null && g.rectifyingTier() != Tier.PLANT) {
                errors.add(FieldError.of(RECTIFYING_TIER, "validation.rectifyingTier.majorAtPlant"));
            }
            errors.addAll(validateCitation(g.citation()));
        } else {
            if (g.majorReason() != null) {
                errors.add(FieldError.of(MAJOR_REASON, "validation.majorReason.onlyMajor"));
            }
            if (g.citation() != null) {
                errors.add(FieldError.of(MAJOR_CRITERION, "validation.majorCriterion.onlyMajor"));
            }
        }
        if (g.rectifyingTier() == null) {
            errors.add(FieldError.of(RECTIFYING_TIER, "validation.required"));
        }
        return errors;
    }

    /**
     * A new major grading cites the clause of the major-hazard criteria it meets, or "other" with a
     * written reason of at least {@link MajorCriterionCitation#OTHER_REASON_MIN} characters. (Major
     * hazards graded before the criteria library keep their grading: the rule applies to new gradings.)
     */
    static List<FieldError> validateCitation(MajorCriterionCitation c) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null || (c.isOther() && c.otherReason() == null)) {
            errors.add(FieldError.of(MAJOR_CRITERION, "validation.majorCriterion.required"));
        } else if (c.isOther()) {
            String reason = c.otherReason().strip();
            if (reason.isEmpty()) {
                errors.add(FieldError.of(MAJOR_CRITERION_REASON, "validation.majorCriterion.reasonRequired"));
            } else if (reason.length() < MajorCriterionCitation.OTHER_REASON_MIN) {
                errors.add(FieldError.of(MAJOR_CRITERION_REASON, "validation.tooShort",
                        MajorCriterionCitation.OTHER_REASON_MIN));
            } else if (reason.length() > MajorCriterionCitation.OTHER_REASON_MAX) {
                errors.add(FieldError.of(MAJOR_CRITERION_REASON, "validation.tooLong",
                        MajorCriterionCitation.OTHER_REASON_MAX));
            }
        }
        return errors;
    }

    /**
     * The checks that need the criteria library: a cited clause must be one in force on the day the
     * hazard was found ({@code inForce}: {@link MajorCriterion#inForceOn}).
     */
    public static List<FieldError> validateCitationInForce(Grading g, List<MajorCriterion> inForce) {
        if (g == null || g.grade() != Grade.MAJOR || g.citation() == null || g.citation().isOther()) {
            return List.of();
        }
        String code = g.citation().code().strip();
        if (inForce.stream().noneMatch(c -> c.code().equals(code))) {
            return List.of(FieldError.of(MAJOR_CRITERION, "validation.majorCriterion.unknown", code));
        }
        return List.of();
    }

    /** The tier of the unit where the hazard was found bounds the tier that can rectify it. */
    public static List<FieldError> validateTierAgainstUnit(Tier rectifyingTier, Tier unitTier) {
        if (rectifyingTier != null && unitTier != null && rectifyingTier.ordinal() < unitTier.ordinal()) {
            return List.of(FieldError.of(RECTIFYING_TIER, "validation.rectifyingTier.belowUnit"));
        }
        return List.of();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
