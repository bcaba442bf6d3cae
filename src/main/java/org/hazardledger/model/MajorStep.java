package org.hazardledger.model;

import java.util.Set;

/**
 * One entry a user makes in a major hazard's file, and who may make it. The clerk keeps the file;
 * the written request to resume production is the enterprise's own word to the department, so only
 * the principal (主要负责人) submits it (decision 0005, "Major track (as built)").
 */
public enum MajorStep implements Labelled {
    RECORD_REPORT(AccountRole.CLERK),
    RECORD_PLAN(AccountRole.CLERK),
    SET_SAFEGUARDS(AccountRole.CLERK),
    REPORT_TO_DEPARTMENT(AccountRole.CLERK),
    LIST(AccountRole.CLERK),
    EVALUATE(AccountRole.CLERK),
    REQUEST_RESUMPTION(AccountRole.PRINCIPAL),
    RECORD_REVIEW(AccountRole.CLERK),
    STRIKE_OFF(AccountRole.CLERK);

    private final Set<AccountRole> roles;

    MajorStep(AccountRole role) {
        this.roles = Set.of(role);
    }

    public Set<AccountRole> roles() {
        return roles;
    }

    @Override
    public String labelKey() {
        return "majorStep." + name();
    }
}
