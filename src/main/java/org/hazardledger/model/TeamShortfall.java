package org.hazardledger.model;

import java.util.List;

/**
 * A team still short of the standard: no assessment this year, or its latest one failed (then
 * with the sections that fell short; a total below the line with every section passing has none).
 */
public record TeamShortfall(OrgUnit team, String parentName, Reason reason, TeamResult latest,
                            List<TeamSectionScore> failingSections) {

    public enum Reason implements Labelled {
        NOT_ASSESSED_THIS_YEAR, FAILED;

        @Override
        public String labelKey() {
            return "teams.shortReason." + name();
        }
    }

    public TeamShortfall {
        failingSections = List.copyOf(failingSections);
    }
}
