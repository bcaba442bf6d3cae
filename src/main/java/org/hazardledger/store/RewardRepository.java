package org.hazardledger.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** The reward fund, the scale, reward proposals, their approvals and payments (奖励). */
public final class RewardRepository {

    private final DSLContext dsl;
    private final Clock clock;

    RewardRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }
}
