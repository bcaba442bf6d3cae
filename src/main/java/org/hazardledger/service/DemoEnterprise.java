package org.hazardledger.service;

import java.time.LocalDate;
import org.hazardledger.model.Enterprise;
import org.hazardledger.store.StoreSession;

/** Generates the demo enterprise from {@code seeds/demo/} with a fixed random seed. */
final class DemoEnterprise {

    private DemoEnterprise() {
    }

    static Enterprise load(StoreSession s, Actor actor, LocalDate today, Progress progress) {
        throw new UnsupportedOperationException("demo generator not written yet");
    }
}
