package org.hazardledger.model;

/**
 * The grade (定级) and the tier that rectifies. General hazards may carry an enterprise sub-grade
 * (A/B/C); major hazards record which of the two grounds makes them major and, when graded since
 * the criteria library exists, the clause of the major-hazard criteria they meet (or "other" with a reason).
 */
public record Grading(Grade grade, String subGrade, MajorReason majorReason, RiskColour riskColour,
                      Tier rectifyingTier, MajorCriterionCitation citation) {

    /** A grading without a criterion citation (general hazards, and major ones graded before the library). */
    public Grading(Grade grade, String subGrade, MajorReason majorReason, RiskColour riskColour, Tier rectifyingTier) {
        this(grade, subGrade, majorReason, riskColour, rectifyingTier, null);
    }

    /** The same grading rectified at another tier. */
    public Grading atTier(Tier tier) {
        return new Grading(grade, subGrade, majorReason, riskColour, tier, citation);
    }

    /** The same grading with another citation. */
    public Grading withCitation(MajorCriterionCitation c) {
        return new Grading(grade, subGrade, majorReason, riskColour, rectifyingTier, c);
    }
}
