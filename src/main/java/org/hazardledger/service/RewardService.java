package org.hazardledger.service;

import java.util.Objects;
import org.hazardledger.store.Store;

/** Rewards (奖励) for workers who find hazards and for reports: the fund, the scale, proposals, approvals, payments and the per-unit reports. Each public method is one transaction. */
public final class RewardService {

    private final Store store;
    private final UserSession session;

    public RewardService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }
}
