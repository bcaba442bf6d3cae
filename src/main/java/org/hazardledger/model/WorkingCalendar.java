package org.hazardledger.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days in China: Monday to Friday, minus the public holidays, plus the
 * make-up working days (调休, a Saturday or Sunday declared a working day). The State Council
 * announces both each year, so the enterprise enters them; the calendar knows no more than that
 * (see {@link #hasScheduleFor(Year)}).
 *
 * <p>Counting follows the Civil Code (art. 201): the day an event happens is not counted, the
 * period starts the next day.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

    public WorkingCalendar {
        // sorted copies: the first bad date reported is the earliest, whatever order it came in
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        makeUpWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkingDays));
        for (LocalDate day : makeUpWorkingDays) {
            if (holidays.contains(day)) {
                throw new DomainException("error.calendar.holidayAndMakeUp", day);
            }
            // a make-up day on a weekday changes nothing, so it is a typing mistake (9-29 for 9-28)
            if (!isWeekend(day)) {
                throw new DomainException("error.calendar.makeUpOnWeekday", day);
            }
        }
    }

    /** Monday to Friday, no holidays: for tests and for an enterprise that has not entered its schedule. */
    public static WorkingCalendar weekdaysOnly() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    /** A calendar from the dates of the annual schedule (in any order, duplicates allowed). */
    public static WorkingCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
        return new WorkingCalendar(new TreeSet<>(holidays), new TreeSet<>(makeUpWorkingDays));
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    /**
     * The n-th working day after {@code start}; {@code start} itself is never counted, working day
     * or not. {@code n = 0} gives {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(s, plusWorkingDays(s, n)) == n}; negative when {@code to} is
     * before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // a day-by-day walk: clock spans are days to weeks, and it is obviously right
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public LocalDate nextWorkingDayOrSame(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return isWorkingDay(day) ? day : plusWorkingDays(day, 1);
    }

    /**
     * Whether any holiday of {@code year} has been entered. Every year has public holidays, so a
     * year without any means its schedule is missing and clocks running into it count its
     * holidays as working days: the front ends should warn.
     */
    public boolean hasScheduleFor(Year year) {
        return holidays.stream().anyMatch(d -> d.getYear() == year.getValue());
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
