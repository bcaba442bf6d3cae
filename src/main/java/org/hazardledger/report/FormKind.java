package org.hazardledger.report;

import org.hazardledger.model.Labelled;

/**
 * Every printed form the ledger produces, with its form number (表号) printed on each page. The
 * Chinese name is the form's title ({@code printForm.NAME} in the bundles).
 */
public enum FormKind implements Labelled {
    /** 隐患整改通知单. */
    NOTICE("HL-01"),
    /** 隐患治理销号单: rectified, accepted, signed off by the union, struck off. */
    CLOSURE("HL-02"),
    /** 工会劳动保护监督检查整改建议书. */
    UNION_PROPOSAL("HL-03"),
    /** 停产整改建议书, or the evacuation recommendation (撤离建议书). */
    STOP_PRODUCTION("HL-04"),
    /** 重大隐患报告表 (three parts). */
    MAJOR_REPORT("HL-05"),
    /** 重大隐患治理方案 (six items). */
    MAJOR_PLAN("HL-06"),
    /** 分级隐患档案 of one tier and unit for a period, PDF/A for keeping. */
    TIER_ARCHIVE("HL-07"),
    /** 季度/年度隐患排查治理统计分析表. */
    STATISTICS("HL-08"),
    /** 职代会隐患通报: the briefing for the workers' congress and the notice board. */
    CONGRESS_BRIEFING("HL-09"),
    /** 巡查记录: one inspection round as recorded. */
    ROUND_RECORD("HL-10");

    private final String formNumber;

    FormKind(String formNumber) {
        this.formNumber = formNumber;
    }

    /** The form number printed on every page, e.g. {@code HL-02}. */
    public String formNumber() {
        return formNumber;
    }

    @Override
    public String labelKey() {
        return "printForm." + name();
    }
}
