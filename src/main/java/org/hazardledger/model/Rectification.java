package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The "五定" of a hazard: measures (and interim safeguards), funds, responsible person, deadline,
 * acceptance standard and acceptor.
 */
public record Rectification(String measures, String interimSafeguards, UUID responsibleId, LocalDate deadline,
                            BigDecimal funds, String acceptanceStandard, UUID acceptorId) {
}
