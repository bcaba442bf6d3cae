package org.hazardledger.service;

import java.util.Objects;
import org.hazardledger.store.Store;

/** Safety training sessions and emergency drills (培训、演练): attendees, a person’s history, drill findings that become hazards. Each public method is one transaction. */
public final class TrainingService {

    private final Store store;
    private final UserSession session;

    public TrainingService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }
}
