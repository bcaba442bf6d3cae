package org.hazardledger.model;

/** Whether the enterprise has answered a union record in writing. */
public enum UnionRecordStatus implements Labelled {
    OPEN,
    ANSWERED;

    @Override
    public String labelKey() {
        return "unionStatus." + name();
    }
}
