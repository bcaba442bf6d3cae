package org.hazardledger.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * LEC risk grading: D = L × E × C, with each factor from its fixed scale.
 * Bands: D &gt; 320 extreme, 160–320 high, 70–160 notable, 20–70 general, &lt; 20 acceptable.
 */
public record Lec(BigDecimal likelihood, BigDecimal exposure, BigDecimal consequence) {

    public static final List<BigDecimal> L_VALUES = decimals("10", "6", "3", "1", "0.5", "0.2", "0.1");
    public static final List<BigDecimal> E_VALUES = decimals("10", "6", "3", "2", "1", "0.5");
    public static final List<BigDecimal> C_VALUES = decimals("100", "40", "15", "7", "3", "1");

    /** A risk level by D score, highest first. */
    public enum Level implements Labelled {
        EXTREME, HIGH, NOTABLE, GENERAL, ACCEPTABLE;

        @Override
        public String labelKey() {
            return "lec." + name();
        }
    }

    public Lec {
        require(L_VALUES, likelihood, "L");
        require(E_VALUES, exposure, "E");
        require(C_VALUES, consequence, "C");
    }

    public BigDecimal score() {
        return likelihood.multiply(exposure).multiply(consequence).stripTrailingZeros();
    }

    public Level level() {
        BigDecimal d = score();
        if (d.compareTo(BigDecimal.valueOf(320)) > 0) {
            return Level.EXTREME;
        }
        if (d.compareTo(BigDecimal.valueOf(160)) >= 0) {
            return Level.HIGH;
        }
        if (d.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return Level.NOTABLE;
        }
        if (d.compareTo(BigDecimal.valueOf(20)) >= 0) {
            return Level.GENERAL;
        }
        return Level.ACCEPTABLE;
    }

    private static void require(List<BigDecimal> scale, BigDecimal value, String factor) {
        if (value == null || scale.stream().noneMatch(v -> v.compareTo(value) == 0)) {
            throw new DomainException("error.lec.factor", factor, value);
        }
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
