package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.Hazard;
import org.hazardledger.store.StoreSession;

/** The demo's training sessions and drills with attendees (S06). */
final class DemoTraining {

    private DemoTraining() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        // filled in by its area
    }
}
