package org.hazardledger.model;

import java.math.BigDecimal;

/** One value of an LEC factor with what it means (from the enterprise's lec_factor table). */
public record LecFactorOption(String factor, BigDecimal value, String labelZh, String labelEn) {
}
