package org.hazardledger.model;

/** The four risk colours of the 双重预防 risk register, most severe first. */
public enum RiskColour implements Labelled {
    RED,
    ORANGE,
    YELLOW,
    BLUE;

    @Override
    public String labelKey() {
        return "riskColour." + name();
    }
}
