package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each entry of a major hazard's file must carry: required fields, no date after today, and
 * each step dated no earlier than the step before it. Field names are those the UI forms use.
 */
final class MajorEntryRules {

    static final String REQUIRED = "validation.required";

    private MajorEntryRules() {
    }

    static List<FieldError> validate(MajorHazardFile f, MajorEntry entry, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (entry instanceof MajorEntry.RecordReport e) {
            required(e.report(), "report", errors);
        } else if (entry instanceof MajorEntry.RecordPlan e) {
            required(e.plan(), "plan", errors);
        } else if (entry instanceof MajorEntry.SetSafeguards e) {
            required(e.safeguards(), "safeguards", errors);
        } else if (entry instanceof MajorEntry.ReportToDepartment e) {
            if (required(e.report(), "reportedOn", errors)) {
                date("reportedOn", e.report().reportedOn(), null, today, errors);
                text("department", e.report().department(), errors);
                text("reportDocument", e.report().documentNumber(), errors);
            }
        } else if (entry instanceof MajorEntry.ListForSupervision e) {
            if (required(e.listing(), "listedOn", errors)) {
                date("listedOn", e.listing().listedOn(), f.departmentReport().reportedOn(), today, errors);
                text("listedBy", e.listing().listedBy(), errors);
                text("listingDocument", e.listing().documentNumber(), errors);
            }
        } else if (entry instanceof MajorEntry.Evaluate e) {
            validateEvaluation(f, e.evaluation(), today, errors);
        } else if (entry instanceof MajorEntry.RequestResumption e) {
            date("requestedOn", e.requestedOn(), f.evaluation().evaluatedOn(), today, errors);
            date("deliveredOn", e.deliveredOn(), e.requestedOn(), today, errors);
        } else if (entry instanceof MajorEntry.RecordReview e) {
            if (required(e.review(), "reviewedOn", errors)) {
                date("reviewedOn", e.review().reviewedOn(), f.request().deliveredOn(), today, errors);
                text("reviewer", e.review().reviewer(), errors);
                if (!e.review().passed()) {
                    // a failed review must say what to put right before the next evaluation
                    text("reviewNote", e.review().note(), errors);
                }
            }
        } else if (entry instanceof MajorEntry.StrikeOff e) {
            date("struckOffOn", e.on(), f.review().reviewedOn(), today, errors);
        }
        return errors;
    }

    private static void validateEvaluation(MajorHazardFile f, MajorHazardFile.Evaluation v, LocalDate today,
                                           List<FieldError> errors) {
        if (!required(v, "evaluatedOn", errors)) {
            return;
        }
        LocalDate earliest = f.listing() != null ? f.listing().listedOn() : f.departmentReport().reportedOn();
        date("evaluatedOn", v.evaluatedOn(), earliest, today, errors);
        if (v.by() == null) {
            errors.add(FieldError.of("evaluatorKind", REQUIRED));
        } else if (v.by() == EvaluatorKind.QUALIFIED_BODY) {
            text("evaluatorName", v.evaluatorName(), errors);
        }
        text("conclusion", v.conclusion(), errors);
    }

    private static boolean required(Object value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, REQUIRED));
            return false;
        }
        return true;
    }

    private static void text(String field, String value, List<FieldError> errors) {
        if (!MajorHazardFile.filled(value)) {
            errors.add(FieldError.of(field, REQUIRED));
        }
    }

    private static void date(String field, LocalDate value, LocalDate notBefore, LocalDate today,
                             List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, REQUIRED));
        } else if (value.isAfter(today)) {
            errors.add(FieldError.of(field, "validation.date.future"));
        } else if (notBefore != null && value.isBefore(notBefore)) {
            errors.add(FieldError.of(field, "validation.major.dateBefore", value, notBefore));
        }
    }
}
