package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the union's list: the record with its hazards' numbers, the issuing unit's name and
 * its clock as it stands on {@code today}.
 */
public record UnionRecordRow(UnionRecord record, List<String> hazardNumbers, String issuerUnitName,
                             LocalDate due, ClockState clockState, boolean overdue, boolean alarming) {

    public UnionRecordRow {
        hazardNumbers = List.copyOf(hazardNumbers);
    }

    public static UnionRecordRow of(UnionRecord record, List<String> hazardNumbers, String issuerUnitName,
                                    LocalDate today, WorkingCalendar calendar) {
        return new UnionRecordRow(record, hazardNumbers, issuerUnitName, record.deadline(calendar).due(),
                record.clockState(today, calendar), record.overdue(today, calendar),
                record.alarming(today, calendar));
    }
}
