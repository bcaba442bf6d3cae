package org.hazardledger.model;

/**
 * Where a proposal stands: submitted → evaluated → adopted (→ implemented) or not adopted.
 * An evaluated proposal may be evaluated again until it is decided.
 */
public enum ProposalStatus implements Labelled {
    SUBMITTED,
    EVALUATED,
    ADOPTED,
    NOT_ADOPTED,
    IMPLEMENTED;

    @Override
    public String labelKey() {
        return "proposalStatus." + name();
    }

    public boolean mayEvaluate() {
        return this == SUBMITTED || this == EVALUATED;
    }

    public boolean mayDecide() {
        return this == EVALUATED;
    }

    public boolean mayImplement() {
        return this == ADOPTED;
    }

    public boolean mayReward() {
        return this == ADOPTED || this == IMPLEMENTED;
    }
}
