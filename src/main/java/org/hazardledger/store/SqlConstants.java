package org.hazardledger.store;

import java.util.Collection;
import java.util.List;
import org.jooq.Param;
import org.jooq.impl.DSL;

/**
 * The values of an IN list as constants. H2 plans a list of constants as one index lookup per
 * value, but a list of bind values as a scan of the whole index (416 search hits took 1.7 s at
 * 100,000 hazards instead of 13 ms; decision 0019). Used for values the store itself holds
 * (statuses, ids, numbers, row numbers, grams); jOOQ quotes them.
 */
final class SqlConstants {

    private SqlConstants() {
    }

    static <T> List<Param<T>> of(Collection<T> values) {
        return values.stream().map(DSL::inline).toList();
    }
}
