package org.hazardledger.model;

/** What the federation sends back to an enterprise. */
public enum NoticeKind implements Labelled {
    /** 督查通知: supervision notice. */
    SUPERVISION,
    /** 重大隐患核查结果: the verification result on a major hazard. */
    VERIFICATION,
    /** 挂牌督办通知: listing for supervised rectification. */
    LISTING,
    /** 安全生产黑名单通知. */
    BLACKLIST,
    /** 约谈通知: the principal is summoned. */
    SUMMONS;

    @Override
    public String labelKey() {
        return "noticeKind." + name();
    }
}
