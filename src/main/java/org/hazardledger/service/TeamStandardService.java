package org.hazardledger.service;

import java.util.Objects;
import org.hazardledger.store.Store;

/** Standardised safe teams (安全生产标准化班组): self-assessments, scores, pass or fail, history, the teams still short. Each public method is one transaction. */
public final class TeamStandardService {

    private final Store store;
    private final UserSession session;

    public TeamStandardService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }
}
