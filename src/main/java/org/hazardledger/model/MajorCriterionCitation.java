package org.hazardledger.model;

/**
 * The clause of the industry's major-hazard criteria (重大事故隐患判定标准) a major grading meets, or
 * "other" with the written reason why the hazard is major although no clause fits.
 *
 * @param code        the criterion's code, null for "other"
 * @param version     the criterion's version in force on the day the hazard was found (the service fills it in)
 * @param otherReason why the hazard is major when no clause is cited; null when a clause is cited
 */
public record MajorCriterionCitation(String code, Integer version, String otherReason) {

    /** The shortest reason accepted for "other". */
    public static final int OTHER_REASON_MIN = 10;
    public static final int OTHER_REASON_MAX = 1000;

    public static MajorCriterionCitation clause(String code) {
        return new MajorCriterionCitation(code, null, null);
    }

    public static MajorCriterionCitation other(String reason) {
        return new MajorCriterionCitation(null, null, reason);
    }

    public boolean isOther() {
        return code == null || code.isBlank();
    }

    /** The same citation naming the version found in force. */
    public MajorCriterionCitation withVersion(int v) {
        return new MajorCriterionCitation(code, v, otherReason);
    }
}
