package org.hazardledger.model;

/** 一般隐患 or 重大隐患. */
public enum Grade implements Labelled {
    GENERAL,
    MAJOR;

    @Override
    public String labelKey() {
        return "grade." + name();
    }
}
