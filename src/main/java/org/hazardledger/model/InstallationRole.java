package org.hazardledger.model;

/** What a ledger is: one enterprise's, or a union federation's (总工会) holding many enterprises. */
public enum InstallationRole implements Labelled {
    ENTERPRISE,
    FEDERATION;

    @Override
    public String labelKey() {
        return "installationRole." + name();
    }
}
