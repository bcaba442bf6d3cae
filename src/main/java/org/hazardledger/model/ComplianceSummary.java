package org.hazardledger.model;

import java.util.List;

/** Counts of periods done, missed and due (upcoming and not-required periods are not counted). */
public record ComplianceSummary(int done, int missed, int due) {

    public static final ComplianceSummary EMPTY = new ComplianceSummary(0, 0, 0);

    public static ComplianceSummary of(List<ComplianceEntry> entries) {
        int done = 0;
        int missed = 0;
        int due = 0;
        for (ComplianceEntry e : entries) {
            switch (e.state()) {
                case DONE:
                    done++;
                    break;
                case MISSED:
                    missed++;
                    break;
                case DUE:
                    due++;
                    break;
                default:
                    break;
            }
        }
        return new ComplianceSummary(done, missed, due);
    }

    public ComplianceSummary plus(ComplianceSummary o) {
        return new ComplianceSummary(done + o.done, missed + o.missed, due + o.due);
    }

    /** Periods that were required and are over or running. */
    public int required() {
        return done + missed + due;
    }
}
