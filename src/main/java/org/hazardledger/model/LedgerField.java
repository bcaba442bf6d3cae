package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The columns of a hazard ledger sheet (隐患排查治理台账), in the order a sheet shows them: the
 * registration, the grading, the "五定" and the outcome. Each has a value type: text, a date, an
 * amount, or one of the model's enums. Headers are their labels ({@code sheet.field.<NAME>}).
 */
public enum LedgerField implements Labelled {
    NUMBER(String.class),
    FOUND_ON(LocalDate.class),
    /** The unit where it was found, written as its path below the enterprise ("一厂/机修车间"). */
    UNIT(String.class),
    PLACE(String.class),
    /** The finder's name; "匿名" (or "anonymous") for an anonymous finder. */
    FINDER(String.class),
    SOURCE(HazardSource.class),
    /** A category's code or its Chinese or English name (the ledger resolves it). */
    CATEGORY(String.class),
    FORM(HazardForm.class),
    DESCRIPTION(String.class),
    GRADE(Grade.class),
    SUB_GRADE(String.class),
    MAJOR_REASON(MajorReason.class),
    MAJOR_CRITERION(String.class),
    RISK_COLOUR(RiskColour.class),
    RECTIFYING_TIER(Tier.class),
    MEASURES(String.class),
    INTERIM_SAFEGUARDS(String.class),
    RESPONSIBLE(String.class),
    DEADLINE(LocalDate.class),
    FUNDS(BigDecimal.class),
    ACCEPTANCE_STANDARD(String.class),
    ACCEPTOR(String.class),
    RECTIFIED_ON(LocalDate.class),
    ACCEPTANCE_RESULT(String.class),
    ACCEPTED_ON(LocalDate.class),
    SIGNED_OFF_BY(String.class),
    SIGNED_OFF_ON(LocalDate.class),
    CLOSED_ON(LocalDate.class),
    CLOSED_BY(String.class),
    RECHECKER(String.class),
    RECHECKED_ON(LocalDate.class),
    RECHECK_RESULT(String.class),
    STATUS(HazardStatus.class),
    /** Why a hazard was rejected or merged (处理说明). */
    DISPOSITION_REASON(String.class);

    private final Class<?> type;

    LedgerField(Class<?> type) {
        this.type = type;
    }

    /** String, LocalDate, BigDecimal or one of the model's enums. */
    public Class<?> type() {
        return type;
    }

    public boolean isDate() {
        return type == LocalDate.class;
    }

    public boolean isChoice() {
        return type.isEnum();
    }

    /** The bundle key of the column header. */
    @Override
    public String labelKey() {
        return "sheet.field." + name();
    }
}
