package org.hazardledger.model;

import java.util.List;

/** A 安康杯 competition as shown: its criteria and the participating units ranked. */
public record CupBoard(CupCompetition competition, List<CupCriterion> criteria, List<CupStanding> standings) {

    public CupBoard {
        criteria = List.copyOf(criteria);
        standings = List.copyOf(standings);
    }
}
