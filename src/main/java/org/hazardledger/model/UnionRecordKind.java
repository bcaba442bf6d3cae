package org.hazardledger.model;

/** What the union puts to the enterprise on a hazard (Work Safety Law, Trade Union Law). */
public enum UnionRecordKind implements Labelled {
    /** 整改建议: a written rectification proposal, answered within the configured working days. */
    PROPOSAL,
    /** 建议停产整改: stop production and rectify; lives are at stake, so answered at once. */
    STOP_PRODUCTION,
    /** 建议撤离: withdraw the workers from danger; answered at once. */
    EVACUATION;

    /** Due the day it is delivered and shown red until answered. */
    public boolean urgent() {
        return this != PROPOSAL;
    }

    @Override
    public String labelKey() {
        return "unionKind." + name();
    }
}
