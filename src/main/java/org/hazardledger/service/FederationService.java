package org.hazardledger.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.Store;

/**
 * Federation mode (总工会): the enterprises whose bundles it holds, consolidated views across them, and
 * the notices it sends back; on the enterprise side, the notices received on a hazard. Each public
 * method is one transaction.
 */
public final class FederationService {

    private final Store store;
    private final UserSession session;

    public FederationService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** Federation side: the notices addressed to {@code enterpriseInstallation} changed within {@code range}. */
    public int collectFeedback(UUID enterpriseInstallation, ChangeRange range, Consumer<TravellingRecord> sink,
            Progress progress) {
        throw new UnsupportedOperationException("S05: FederationService.collectFeedback");
    }

    /** Enterprise side: the federation's notices on one of this ledger's hazards, newest first. */
    public List<FederationNotice> noticesOnHazard(UUID hazardId) {
        throw new UnsupportedOperationException("S05: FederationService.noticesOnHazard");
    }
}
