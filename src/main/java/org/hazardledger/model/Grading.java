package org.hazardledger.model;

/**
 * The grade (定级) and the tier that rectifies. General hazards may carry an enterprise sub-grade
 * (A/B/C); major hazards record which of the two grounds makes them major.
 */
public record Grading(Grade grade, String subGrade, MajorReason majorReason, RiskColour riskColour,
                      Tier rectifyingTier) {
}
