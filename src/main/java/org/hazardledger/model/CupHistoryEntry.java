package org.hazardledger.model;

import java.math.BigDecimal;

/** A unit's result in one past or current 安康杯 competition. */
public record CupHistoryEntry(CupPeriod period, String competitionName, String unitCode, String unitName,
                              BigDecimal total, int rank, int participants) {
}
