package org.hazardledger.model;

import java.math.BigDecimal;

/**
 * One row of the reward report: a unit, or a payee (a worker by name, a reporter by pseudonym only),
 * with the hazards found in the period and the rewards proposed, approved (approved or paid) and paid.
 *
 * @param pseudonymous true for a reporter's row: {@code name} is the report's pseudonym
 */
public record RewardTally(String name, String unitName, boolean pseudonymous, int hazardsFound, int proposed,
                          BigDecimal proposedAmount, int approved, BigDecimal approvedAmount, int paid,
                          BigDecimal paidAmount) {
}
