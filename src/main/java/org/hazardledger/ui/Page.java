package org.hazardledger.ui;

/** The workbench's pages, in navigation order. The ledger, union, organisation, settings and accounts are built; the rest come later. */
public enum Page {
    LEDGER("nav.ledger", "nav-ledger"),
    UNION("nav.union", "nav-union"),
    ROUNDS("nav.rounds", "nav-rounds"),
    /** The risk register (风险分级管控). */
    RISKS("nav.risks", "nav-risks"),
    /** Printing the forms (表单打印): every form with its parameters, and the batches. */
    FORMS("nav.forms", "nav-forms"),
    STATISTICS("nav.statistics", "nav-statistics"),
    EXCHANGE("nav.exchange", "nav-exchange"),
    ORGANISATION("nav.organisation", "nav-organisation"),
    SETTINGS("nav.settings", "nav-settings"),
    /** Only for an administrator. */
    ACCOUNTS("nav.accounts", "nav-accounts"),
    /**
     * The federation (S05): in a federation's ledger the consolidated overview (汇总) of its
     * enterprises; in an enterprise's ledger the notices received from the federation (上级通知).
     */
    FEDERATION("nav.federation", "nav-federation"),
    /**
     * The campaign around the ledger (S06, 群众性活动): safety reports, rewards, training and drills,
     * 安康杯, standardised teams and proposals, one tab each. Last, so the Ctrl+digit shortcuts of
     * the earlier pages stay as users learned them.
     */
    CAMPAIGN("nav.campaign", "nav-campaign");

    private final String labelKey;
    private final String id;

    Page(String labelKey, String id) {
        this.labelKey = labelKey;
        this.id = id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The node id of its navigation button. */
    public String id() {
        return id;
    }
}
