package org.hazardledger.model;

/** What a user can do to a hazard; {@link HazardLifecycle} says from which state and by whom. */
public enum HazardAction implements Labelled {
    /** Change the grade or the rectifying tier before work starts (定级). */
    REGRADE("hazardAction.who.REGRADE"),
    /** Set the 五定 (and, for plant-tier hazards, the plan with its timetable). */
    ASSIGN("hazardAction.who.ASSIGN"),
    /** The principal approves a major hazard's treatment plan. */
    APPROVE_PLAN("hazardAction.who.APPROVE_PLAN"),
    /** Hand the hazard to the next tier because this one cannot fix it. */
    ESCALATE("hazardAction.who.ESCALATE"),
    /** Rectification done, with evidence. */
    REPORT_RECTIFIED("hazardAction.who.REPORT_RECTIFIED"),
    /** The acceptor finds the work meets the acceptance standard. */
    ACCEPT("hazardAction.who.ACCEPT"),
    /** The acceptor finds it does not: back to rectification. */
    REJECT_ACCEPTANCE("hazardAction.who.REJECT_ACCEPTANCE"),
    /** The union body of the tier confirms by signature (签字监督确认). */
    SIGN_OFF("hazardAction.who.SIGN_OFF"),
    /** Strike off the open ledger (销号). */
    CLOSE("hazardAction.who.CLOSE"),
    /** A follow-up check found the fix holding. */
    RECHECK_PASS("hazardAction.who.RECHECK_PASS"),
    /** A follow-up check found the fix failing: the hazard is reopened for rectification. */
    RECHECK_FAIL("hazardAction.who.RECHECK_FAIL"),
    /** Not a hazard after all (reason kept). */
    REJECT_NOT_HAZARD("hazardAction.who.REJECT_NOT_HAZARD"),
    /** A duplicate of another hazard (reason and number kept). */
    MERGE_DUPLICATE("hazardAction.who.MERGE_DUPLICATE"),
    /** Reopen a closed, rejected or merged hazard (reason kept, audited). */
    REOPEN("hazardAction.who.REOPEN");

    private final String whoKey;

    HazardAction(String whoKey) {
        this.whoKey = whoKey;
    }

    /** The bundle key naming who may take this action, for refusals. */
    public String whoKey() {
        return whoKey;
    }

    @Override
    public String labelKey() {
        return "hazardAction." + name();
    }
}
