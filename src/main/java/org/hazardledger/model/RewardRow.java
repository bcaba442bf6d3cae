package org.hazardledger.model;

/**
 * A reward as the list shows it: the proposal with the number of its hazard or report and the name of
 * the unit. A report reward's payee is the report's pseudonym.
 */
public record RewardRow(RewardProposal proposal, String target, String unitName) {
}
