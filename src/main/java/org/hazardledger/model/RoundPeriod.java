package org.hazardledger.model;

import java.time.LocalDate;
import java.util.Objects;

/** A span of days inside which one round is required: a day, a Monday–Sunday week, or a half-month. */
public record RoundPeriod(LocalDate from, LocalDate to) {

    public RoundPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean singleDay() {
        return from.equals(to);
    }
}
