package org.hazardledger.service;

import java.util.UUID;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.Rectification;
import org.hazardledger.store.StoreSession;

/**
 * One demo hazard as decided before it touches the ledger: what is registered and how far along
 * its lifecycle it has come by today.
 *
 * @param rectification    null while the hazard waits for its 五定
 * @param acceptanceResult set when the hazard has been accepted and closed
 * @param rechecker        set when a follow-up check has been made
 */
record DemoHazardPlan(HazardDraft draft, Rectification rectification, DemoTimeline timeline,
                      String acceptanceResult, UUID rechecker) {

    /** Registers the hazard and takes it through the same steps, with the same checks, as a user would. */
    Hazard enact(StoreSession s, Actor actor) {
        Hazard h = HazardOperations.register(s, actor, draft);
        if (rectification == null) {
            return h;
        }
        h = HazardOperations.assign(s, actor, h.id(), h.revision(), rectification);
        if (timeline.rectifiedOn() == null) {
            return h;
        }
        h = HazardOperations.reportRectified(s, actor, h.id(), h.revision(), timeline.rectifiedOn());
        if (timeline.acceptedOn() == null) {
            return h;
        }
        h = HazardOperations.acceptAndClose(s, actor, h.id(), h.revision(), acceptanceResult, timeline.acceptedOn());
        if (timeline.recheckedOn() == null) {
            return h;
        }
        return HazardOperations.recordRecheck(s, actor, h.id(), h.revision(), rechecker, timeline.recheckedOn());
    }
}
