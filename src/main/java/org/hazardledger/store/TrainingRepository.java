package org.hazardledger.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** Training sessions and emergency drills, with attendees and findings. */
public final class TrainingRepository {

    private final DSLContext dsl;
    private final Clock clock;

    TrainingRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }
}
