package org.hazardledger.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How a clock counts its days; rules say "within 10 days" or "15 working days", and enterprises differ. */
public enum DayCounting implements Labelled {
    /** Every day counts; the due day may fall on a Sunday or a holiday. */
    CALENDAR,
    /**
     * Every day counts, but a due day that is not a working day moves to the next working day, as
     * the Civil Code (art. 203) does for periods ending on a rest day.
     */
    CALENDAR_NEXT_WORKING_DAY,
    /** Only working days of the {@link WorkingCalendar} count. */
    WORKING;

    /** The due day {@code days} days after {@code start}, which itself is not counted. */
    LocalDate due(LocalDate start, int days, WorkingCalendar calendar) {
        return switch (this) {
            case CALENDAR -> start.plusDays(days);
            case CALENDAR_NEXT_WORKING_DAY -> calendar.nextWorkingDayOrSame(start.plusDays(days));
            case WORKING -> calendar.plusWorkingDays(start, days);
        };
    }

    /** Days from {@code today} to {@code due} in this counting; negative once past it. */
    int daysBetween(LocalDate today, LocalDate due, WorkingCalendar calendar) {
        return switch (this) {
            case CALENDAR, CALENDAR_NEXT_WORKING_DAY -> Math.toIntExact(ChronoUnit.DAYS.between(today, due));
            case WORKING -> calendar.workingDaysBetween(today, due);
        };
    }

    @Override
    public String labelKey() {
        return "dayCounting." + name();
    }
}
