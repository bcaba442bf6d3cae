package org.hazardledger.model;

/** One check item of the standardised-safe-team checklist, worth 0 to {@code maxPoints} points. */
public record TeamCheckItem(String code, String sectionCode, TeamSectionKind sectionKind, String sectionName,
                            String text, int maxPoints, int sortOrder) {
}
