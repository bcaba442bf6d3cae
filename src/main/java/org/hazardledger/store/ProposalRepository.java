package org.hazardledger.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** Rationalisation proposals and small innovations (小建议、小发明、小创造、小革新). */
public final class ProposalRepository {

    private final DSLContext dsl;
    private final Clock clock;

    ProposalRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }
}
