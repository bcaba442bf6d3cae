package org.hazardledger.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which calendar day an instant belongs to in the enterprise's time zone. Deadlines are days, and
 * a day ends at 24:00 where the enterprise is, not where the JVM or the server runs: a desk in
 * UTC would otherwise turn hazards overdue at 08:00 Beijing time.
 */
public record LedgerDay(ZoneId zone) {

    /** China has one time zone and no daylight saving. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public LedgerDay {
        Objects.requireNonNull(zone, "zone");
    }

    public static LedgerDay china() {
        return new LedgerDay(CHINA);
    }

    /** The ledger's day of {@code instant}. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Today in the ledger; only the clock's instant is used, never its zone. */
    public LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }
}
