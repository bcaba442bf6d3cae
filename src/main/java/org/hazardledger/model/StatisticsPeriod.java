package org.hazardledger.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The period of a statistics table (季度/年度隐患排查治理统计分析表): a quarter or a whole year. The
 * national rules make the principal sign it and send it in by a due day: a quarter's table by the 15th
 * of the month after the quarter, the year's table by 31 January of the next year.
 *
 * @param quarter 1 to 4, or null for the whole year
 */
public record StatisticsPeriod(int year, Integer quarter) {

    public StatisticsPeriod {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
    }

    public static StatisticsPeriod quarter(int year, int quarter) {
        return new StatisticsPeriod(year, quarter);
    }

    public static StatisticsPeriod annual(int year) {
        return new StatisticsPeriod(year, null);
    }

    public boolean annual() {
        return quarter == null;
    }

    /** The first day of the period. */
    public LocalDate from() {
        return annual() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The last day of the period, included. */
    public LocalDate to() {
        return annual() ? LocalDate.of(year, 12, 31) : YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    /** The day the signed table is due: the 15th of the month after a quarter, 31 January after a year. */
    public LocalDate dueOn() {
        return annual() ? LocalDate.of(year + 1, Month.JANUARY, 31) : to().plusDays(15);
    }

    /** The short code the form's verification subject carries: 2026-Q2, or 2026. */
    public String code() {
        return annual() ? Integer.toString(year) : year + "-Q" + Objects.requireNonNull(quarter);
    }
}
