package org.hazardledger.service;

import java.util.Objects;
import org.hazardledger.store.Store;

/** Safety reports (举报) with the reporter’s identity sealed to the union chair’s key: registering, the seal key, and unsealing (chair only, with a reason, audited). Each public method is one transaction. */
public final class SafetyReportService {

    private final Store store;
    private final UserSession session;

    public SafetyReportService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }
}
