package org.hazardledger.service;

import java.util.Objects;
import org.hazardledger.store.Store;

/** The 安康杯 competition: participating units, criteria with weights, scores per period and the ranking. Each public method is one transaction. */
public final class AnkangCupService {

    private final Store store;
    private final UserSession session;

    public AnkangCupService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }
}
