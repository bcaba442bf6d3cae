package org.hazardledger.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Times as the database keeps them. */
final class StoreTime {

    private StoreTime() {
    }

    /** Now, at the precision the database keeps (microseconds). */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
