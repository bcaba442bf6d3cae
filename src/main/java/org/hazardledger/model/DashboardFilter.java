package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the statistics dashboard looks at: a period (both days included) and, optionally, one unit
 * with everything below it, one rectifying tier and one hazard category (null = all).
 */
public record DashboardFilter(LocalDate from, LocalDate to, UUID unitId, Tier tier, String category) {

    public DashboardFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("error.statistics.period", String.valueOf(from), String.valueOf(to));
        }
    }

    /** The whole ledger over the period. */
    public static DashboardFilter period(LocalDate from, LocalDate to) {
        return new DashboardFilter(from, to, null, null, null);
    }
}
