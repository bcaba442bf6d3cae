package org.hazardledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reward scale (奖励标准), in yuan (CNY, two decimals). Two ways to suggest a reward:
 * <ul>
 * <li>a fixed amount per grade: a general hazard by its enterprise sub-grade A/B/C (or none), a major hazard;</li>
 * <li>a share of a base amount (a fine imposed, a loss avoided), never below the floor nor above the cap.</li>
 * </ul>
 * A suggestion with a base amount uses the share; without one, the fixed amount of the grade.
 * Defaults ({@link #DEFAULT}): general A 200, B 100, C 50, without sub-grade 50, major 1000; share 10 %,
 * floor 200, cap 10000 (our choice for a mid-sized plant; every enterprise sets its own).
 */
public record RewardScale(BigDecimal generalA, BigDecimal generalB, BigDecimal generalC, BigDecimal generalNone,
                          BigDecimal major, BigDecimal sharePercent, BigDecimal floor, BigDecimal cap) {

    public static final String GENERAL_A = "generalA";
    public static final String GENERAL_B = "generalB";
    public static final String GENERAL_C = "generalC";
    public static final String GENERAL_NONE = "generalNone";
    public static final String MAJOR = "major";
    public static final String SHARE_PERCENT = "sharePercent";
    public static final String FLOOR = "floor";
    public static final String CAP = "cap";

    public static final RewardScale DEFAULT = new RewardScale(yuan("200"), yuan("100"), yuan("50"), yuan("50"),
            yuan("1000"), new BigDecimal("10"), yuan("200"), yuan("10000"));

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RewardScale {
        Objects.requireNonNull(generalA, GENERAL_A);
        Objects.requireNonNull(generalB, GENERAL_B);
        Objects.requireNonNull(generalC, GENERAL_C);
        Objects.requireNonNull(generalNone, GENERAL_NONE);
        Objects.requireNonNull(major, MAJOR);
        Objects.requireNonNull(sharePercent, SHARE_PERCENT);
        Objects.requireNonNull(floor, FLOOR);
        Objects.requireNonNull(cap, CAP);
    }

    /** The fixed amount for a hazard of {@code grade} (and, for a general one, its sub-grade A/B/C or none). */
    public BigDecimal fixedFor(Grade grade, String subGrade) {
        if (grade == Grade.MAJOR) {
            return money(major);
        }
        String g = subGrade == null ? "" : subGrade.strip().toUpperCase(java.util.Locale.ROOT);
        switch (g) {
            case "A":
                return money(generalA);
            case "B":
                return money(generalB);
            case "C":
                return money(generalC);
            default:
                return money(generalNone);
        }
    }

    /** The share of {@code base}, rounded to the fen, raised to the floor and lowered to the cap. */
    public BigDecimal shareOf(BigDecimal base) {
        if (base == null || base.signum() < 0) {
            throw new IllegalArgumentException("base amount must be zero or more");
        }
        BigDecimal share = money(base.multiply(sharePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        if (share.compareTo(floor) < 0) {
            return money(floor);
        }
        if (share.compareTo(cap) > 0) {
            return money(cap);
        }
        return share;
    }

    /** The suggested reward: the share of {@code base} when there is one, else the fixed amount of the grade. */
    public BigDecimal amountFor(Grade grade, String subGrade, BigDecimal base) {
        return base != null ? shareOf(base) : fixedFor(grade, subGrade);
    }

    /** What is wrong with this scale, field by field (empty when it may be saved). */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        checkAmount(errors, GENERAL_A, generalA);
        checkAmount(errors, GENERAL_B, generalB);
        checkAmount(errors, GENERAL_C, generalC);
        checkAmount(errors, GENERAL_NONE, generalNone);
        checkAmount(errors, MAJOR, major);
        checkAmount(errors, FLOOR, floor);
        checkAmount(errors, CAP, cap);
        if (sharePercent.signum() <= 0 || sharePercent.compareTo(HUNDRED) > 0 || sharePercent.scale() > 4) {
            errors.add(FieldError.of(SHARE_PERCENT, "validation.reward.sharePercent"));
        }
        if (floor.compareTo(cap) > 0) {
            errors.add(FieldError.of(CAP, "validation.reward.capBelowFloor", floor.toPlainString()));
        }
        return errors;
    }

    private static void checkAmount(List<FieldError> errors, String field, BigDecimal v) {
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(field, "validation.reward.amount"));
        }
    }

    /** {@code v} as yuan with two decimals. */
    public static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal yuan(String v) {
        return money(new BigDecimal(v));
    }
}
