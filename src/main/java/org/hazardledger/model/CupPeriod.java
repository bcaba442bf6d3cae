package org.hazardledger.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a 安康杯 competition: a year ("2026"), a half-year ("2026-H1") or a quarter
 * ("2026-Q2"). {@code number} is 0 for a year, 1–2 for a half, 1–4 for a quarter.
 */
public record CupPeriod(int year, Kind kind, int number) implements Comparable<CupPeriod> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H|Q)(\\d))?");

    /** How long a competition runs. */
    public enum Kind implements Labelled {
        YEAR, HALF, QUARTER;

        @Override
        public String labelKey() {
            return "cup.periodKind." + name();
        }

        int parts() {
            return this == YEAR ? 1 : this == HALF ? 2 : 4;
        }
    }

    public CupPeriod {
        if (kind == null) {
            throw new DomainException("error.cup.periodInvalid", String.valueOf(year));
        }
        if (year < 2000 || year > 2100) {
            throw new DomainException("error.cup.periodInvalid", String.valueOf(year));
        }
        if (kind == Kind.YEAR ? number != 0 : number < 1 || number > kind.parts()) {
            throw new DomainException("error.cup.periodInvalid", year + "/" + number);
        }
    }

    public static CupPeriod year(int year) {
        return new CupPeriod(year, Kind.YEAR, 0);
    }

    /** Reads "2026", "2026-H1" or "2026-Q3"; refuses anything else. */
    public static CupPeriod parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new DomainException("error.cup.periodInvalid", code == null ? "" : code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return year(year);
        }
        return new CupPeriod(year, "H".equals(m.group(2)) ? Kind.HALF : Kind.QUARTER, Integer.parseInt(m.group(3)));
    }

    public String code() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + number;
            case QUARTER -> year + "-Q" + number;
        };
    }

    public LocalDate firstDay() {
        int months = 12 / kind.parts();
        return LocalDate.of(year, kind == Kind.YEAR ? 1 : (number - 1) * months + 1, 1);
    }

    public LocalDate lastDay() {
        int months = 12 / kind.parts();
        return firstDay().plusMonths(months).minusDays(1);
    }

    /** Oldest first: by first day, then the longer period first. */
    @Override
    public int compareTo(CupPeriod o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : Integer.compare(kind.parts(), o.kind.parts());
    }

    @Override
    public String toString() {
        return code();
    }
}
