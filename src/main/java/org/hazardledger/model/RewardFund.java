package org.hazardledger.model;

import java.math.BigDecimal;

/**
 * A year's reward fund as it stands. {@code balance = budget + topUps − paid − committed}: committed is
 * what was approved and not yet paid, so an approval reserves its money and the fund cannot be
 * promised twice. {@code pending} (proposed, not yet decided) is shown but reserves nothing.
 *
 * @param budgetSet false when no budget was entered for the year (then budget is 0)
 * @param revision  the revision of the year's budget as read (1 before any was set): a new budget is
 *                  saved only over it
 */
public record RewardFund(int year, boolean budgetSet, BigDecimal budget, BigDecimal topUps, BigDecimal paid,
                         BigDecimal committed, BigDecimal pending, int revision) {

    public BigDecimal available() {
        return budget.add(topUps);
    }

    public BigDecimal balance() {
        return RewardScale.money(budget.add(topUps).subtract(paid).subtract(committed));
    }

    /** Whether {@code amount} may still be committed without an override. */
    public boolean covers(BigDecimal amount) {
        return amount.compareTo(balance()) <= 0;
    }
}
