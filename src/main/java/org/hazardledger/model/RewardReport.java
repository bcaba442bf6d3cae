package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The reward report of a period: per unit (rolled up to its workshop) and per payee (workers by name,
 * reporters by pseudonym).
 */
public record RewardReport(LocalDate from, LocalDate to, List<RewardTally> units, List<RewardTally> payees) {
}
