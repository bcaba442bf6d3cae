package org.hazardledger.model;

/** The two halves of the team checklist: the six abilities (六种能力) and the five -izations (五化). */
public enum TeamSectionKind implements Labelled {
    ABILITY, STANDARD;

    @Override
    public String labelKey() {
        return "teams.sectionKind." + name();
    }
}
