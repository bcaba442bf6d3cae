package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Money added to a year's reward fund: how much, when, why and by whom. */
public record RewardTopUp(UUID id, int year, BigDecimal amount, LocalDate addedOn, String note, String addedBy) {
}
