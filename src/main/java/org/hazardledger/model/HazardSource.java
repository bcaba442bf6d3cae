package org.hazardledger.model;

/** Which inspection or channel brought a hazard to light. */
public enum HazardSource implements Labelled {
    POST_CHECK,
    TEAM_CHECK,
    WORKSHOP_CHECK,
    PLANT_CHECK,
    SPECIAL_INSPECTION,
    WORKER_REPORT,
    HOTLINE_12350,
    UNION_SUPERVISION,
    FEDERATION_INSPECTION;

    @Override
    public String labelKey() {
        return "source." + name();
    }
}
