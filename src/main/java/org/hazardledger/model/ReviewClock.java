package org.hazardledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The government department's on-site review of a listed (挂牌督办) major hazard's written request
 * to resume production, due "within 10 days". The rule does not say working days, so calendar
 * days are the default; enterprises whose department counts otherwise configure it. This record is
 * the configuration; each request gets its {@link Deadline}.
 *
 * @param days     days allowed for the review, at least 1
 * @param counting how they are counted
 */
public record ReviewClock(int days, DayCounting counting) {

    public static final int DEFAULT_DAYS = 10;
    public static final ReviewClock DEFAULT = new ReviewClock(DEFAULT_DAYS, DayCounting.CALENDAR);

    public ReviewClock {
        if (days < 1) {
            throw new DomainException("error.clock.reviewDays", days);
        }
        Objects.requireNonNull(counting, "counting");
    }

    /** The clock of a request received by the department on {@code delivered} (that day not counted). */
    public Deadline forRequest(LocalDate delivered, WorkingCalendar calendar) {
        return Deadline.after(delivered, days, counting, calendar);
    }
}
