package org.hazardledger.model;

/** A person's role in hazard work. */
public enum Role implements Labelled {
    WORKER,
    TEAM_LEADER,
    WORKSHOP_DIRECTOR,
    SAFETY_OFFICER,
    /** 主要负责人: first responsible person for hazard work. */
    PRINCIPAL,
    UNION_GROUP_LEADER,
    WORKSHOP_UNION_CHAIR,
    ENTERPRISE_UNION_CHAIR,
    /** 群监员/网员: union labour-protection inspector. */
    LABOUR_INSPECTOR;

    @Override
    public String labelKey() {
        return "role." + name();
    }
}
