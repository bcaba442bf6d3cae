package org.hazardledger.model;

/** The three forms a hazard takes in the national rules. */
public enum HazardForm implements Labelled {
    /** 物的危险状态 */
    UNSAFE_STATE,
    /** 人的不安全行为 */
    UNSAFE_BEHAVIOUR,
    /** 管理上的缺陷 */
    MANAGEMENT_DEFECT;

    @Override
    public String labelKey() {
        return "form." + name();
    }
}
