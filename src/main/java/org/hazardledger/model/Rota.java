package org.hazardledger.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A duty cycle: {@code pattern} is a cycle of '1' (on duty) and '0' (day off) starting on {@code anchor}
 * and repeating before and after it, e.g. "11110000" for a shift team working four days and resting four.
 */
public record Rota(LocalDate anchor, String pattern) {

    public static final int PATTERN_MAX = 56;
    public static final Rota EVERY_DAY = new Rota(LocalDate.of(2000, 1, 1), "1");

    public Rota {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(pattern, "pattern");
        if (!isValidPattern(pattern)) {
            throw new DomainException("validation.rota.pattern", pattern, PATTERN_MAX);
        }
    }

    /** A non-empty cycle of '0' and '1' with at least one duty day, at most {@link #PATTERN_MAX} long. */
    public static boolean isValidPattern(String pattern) {
        return pattern != null && !pattern.isEmpty() && pattern.length() <= PATTERN_MAX
                && pattern.chars().allMatch(c -> c == '0' || c == '1') && pattern.indexOf('1') >= 0;
    }

    public boolean onDuty(LocalDate day) {
        long offset = ChronoUnit.DAYS.between(anchor, day);
        return pattern.charAt((int) Math.floorMod(offset, (long) pattern.length())) == '1';
    }

    public boolean everyDay() {
        return pattern.indexOf('0') < 0;
    }
}
