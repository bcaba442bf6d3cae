package org.hazardledger.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, e.g. past the end of a lockout. */
public final class MutableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Starts at the fixture's "today", 09:30 Shanghai. */
    public static MutableClock atFixtureToday() {
        return new MutableClock(LedgerFixture.TODAY.atTime(9, 30).atZone(LedgerFixture.ZONE).toInstant(),
                LedgerFixture.ZONE);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MutableClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
