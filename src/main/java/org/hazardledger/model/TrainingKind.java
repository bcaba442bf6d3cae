package org.hazardledger.model;

/** What a training session is for (安全培训的类别). */
public enum TrainingKind implements Labelled {
    /** 安全生产培训 */
    SAFETY_TRAINING,
    /** 新员工三级安全教育 */
    NEW_HIRE,
    /** 特种作业人员培训 */
    SPECIAL_OPERATION,
    /** 主要负责人和安全管理人员培训 */
    MANAGEMENT,
    /** 工会劳动保护干部培训 */
    UNION_OFFICER;

    @Override
    public String labelKey() {
        return "trainingKind." + name();
    }
}
