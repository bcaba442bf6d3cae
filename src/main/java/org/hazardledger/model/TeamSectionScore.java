package org.hazardledger.model;

/** The points of one section of an assessment, and whether it reached the section minimum. */
public record TeamSectionScore(String sectionCode, String sectionName, TeamSectionKind kind, int points,
                               int maxPoints, boolean passed) {
}
