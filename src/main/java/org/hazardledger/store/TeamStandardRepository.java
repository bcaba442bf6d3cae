package org.hazardledger.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** Standardised safe teams: self-assessments on the six abilities and five -izations. */
public final class TeamStandardRepository {

    private final DSLContext dsl;
    private final Clock clock;

    TeamStandardRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }
}
