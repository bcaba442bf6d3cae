package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.Hazard;
import org.hazardledger.store.StoreSession;

/** The demo's safety reports, some sealed to the demo union chair’s key (S06). */
final class DemoReports {

    private DemoReports() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        // filled in by its area
    }
}
