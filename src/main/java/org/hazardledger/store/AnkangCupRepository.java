package org.hazardledger.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** The 安康杯 competition: participating units, weighted criteria, scores per period. */
public final class AnkangCupRepository {

    private final DSLContext dsl;
    private final Clock clock;

    AnkangCupRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }
}
