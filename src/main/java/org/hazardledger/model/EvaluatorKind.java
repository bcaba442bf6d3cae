package org.hazardledger.model;

/** Who evaluated a major hazard's treatment: the enterprise's own experts or a qualified body. */
public enum EvaluatorKind implements Labelled {
    IN_HOUSE_EXPERTS,
    QUALIFIED_BODY;

    @Override
    public String labelKey() {
        return "evaluatorKind." + name();
    }
}
