package org.hazardledger.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reward to propose: for the finder of hazard {@code hazardId}, or for the reporter of safety report
 * {@code reportId} (exactly one of them). {@code baseAmount} (a fine, a loss avoided) makes the scale
 * suggest a share; without it the grade's fixed amount. {@code amount} null takes the suggestion; an
 * amount other than the suggestion needs {@code changeReason}.
 */
public record RewardDraft(RewardKind kind, UUID hazardId, UUID reportId, BigDecimal baseAmount, BigDecimal amount,
                          String changeReason, String grounds) {

    public static final String TARGET = "target";
    public static final String BASE = "baseAmount";
    public static final String AMOUNT = "amount";
    public static final String CHANGE_REASON = "changeReason";
    public static final String GROUNDS = "grounds";

    public static RewardDraft forHazard(UUID hazardId, BigDecimal baseAmount, BigDecimal amount, String changeReason,
                                        String grounds) {
        return new RewardDraft(RewardKind.HAZARD_FINDER, hazardId, null, baseAmount, amount, changeReason, grounds);
    }

    public static RewardDraft forReport(UUID reportId, BigDecimal baseAmount, BigDecimal amount, String changeReason,
                                        String grounds) {
        return new RewardDraft(RewardKind.SAFETY_REPORT, null, reportId, baseAmount, amount, changeReason, grounds);
    }

    /** The field-level faults, given the scale's suggestion. */
    public List<FieldError> validate(BigDecimal suggested) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || (kind == RewardKind.HAZARD_FINDER ? hazardId == null : reportId == null)) {
            errors.add(FieldError.of(TARGET, "validation.reward.target"));
        }
        if (baseAmount != null && (baseAmount.signum() < 0 || baseAmount.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.of(BASE, "validation.reward.amount"));
        }
        if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.of(AMOUNT, "validation.reward.positiveAmount"));
        } else if (amount != null && suggested != null && amount.compareTo(suggested) != 0
                && (changeReason == null || changeReason.isBlank())) {
            errors.add(FieldError.of(CHANGE_REASON, "validation.reward.changeReason", suggested.toPlainString()));
        }
        if (grounds == null || grounds.isBlank()) {
            errors.add(FieldError.of(GROUNDS, "validation.reward.grounds"));
        } else if (grounds.strip().length() > 2000) {
            errors.add(FieldError.of(GROUNDS, "validation.reward.tooLong", 2000));
        }
        if (changeReason != null && changeReason.strip().length() > 1000) {
            errors.add(FieldError.of(CHANGE_REASON, "validation.reward.tooLong", 1000));
        }
        return errors;
    }
}
