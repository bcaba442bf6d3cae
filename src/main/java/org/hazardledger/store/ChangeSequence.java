package org.hazardledger.store;

import java.util.List;
import org.jooq.DSLContext;
import org.hazardledger.store.jooq.Sequences;

/** The ledger's change sequence: every change to a travelling row takes the next value. */
final class ChangeSequence {

    private ChangeSequence() {
    }

    /** The next {@code n} values, in one statement. */
    static List<Long> next(DSLContext dsl, int n) {
        return dsl.nextvals(Sequences.CHANGE_SEQ, n);
    }

    static long next(DSLContext dsl) {
        return dsl.nextval(Sequences.CHANGE_SEQ);
    }
}
