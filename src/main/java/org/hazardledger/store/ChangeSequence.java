package org.hazardledger.store;

import org.jooq.DSLContext;
import org.hazardledger.store.jooq.Sequences;

/** The ledger's change sequence: every change to a travelling row takes the next value. */
final class ChangeSequence {

    private ChangeSequence() {
    }

    static long next(DSLContext dsl) {
        return dsl.nextval(Sequences.CHANGE_SEQ);
    }
}
