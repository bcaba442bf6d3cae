package org.hazardledger.service;

import java.util.Objects;
import org.hazardledger.store.Store;

/** Rationalisation proposals and small innovations (小建议、小发明、小创造、小革新): evaluation, adoption, reward, linked hazards. Each public method is one transaction. */
public final class ProposalService {

    private final Store store;
    private final UserSession session;

    public ProposalService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }
}
