package org.hazardledger.model;

/** What a local account may do in the workbench (not the same as a person's {@link Role} in hazard work). */
public enum AccountRole implements Labelled {
    /** 安全员: keeps the ledger. */
    CLERK,
    /** 车间主任/班组长: answers for one unit and the units below it. */
    UNIT_HEAD,
    /** 主要负责人. */
    PRINCIPAL,
    /** 工会: union supervision within a unit. */
    UNION_MEMBER,
    /** Creates and manages accounts. */
    ADMIN;

    @Override
    public String labelKey() {
        return "accountRole." + name();
    }
}
