package org.hazardledger.service;

import java.util.UUID;

import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.Rectification;
import org.hazardledger.store.StoreSession;

/**
 * One demo hazard as decided before it touches the ledger: what is registered and how far along
 * its lifecycle it has come by today.
 *
 * @param rectification    null while the hazard waits for its 五定
 * @param acceptanceResult set when the hazard has been accepted
 * @param rechecker        set when a follow-up check has been made
 */
record DemoHazardPlan(HazardDraft draft, Rectification rectification, DemoTimeline timeline,
                      String acceptanceResult, UUID rechecker) {

    /**
     * Registers the hazard and takes it through the same steps, with the same checks and as the same
     * roles, as users would: the clerk keeps the ledger, the union body of the tier signs off.
     */
    Hazard enact(StoreSession s, DemoActors actors) {
        Hazard h = HazardOperations.register(s, actors.clerk(), draft);
        if (rectification == null) {
            return h;
        }
        h = step(s, actors.clerk(), h, new HazardCommand.Assign(rectification, DemoText.planFor(rectification)));
        if (timeline.rectifiedOn() == null || h == null) {
            return h;
        }
        h = step(s, actors.clerk(), h, new HazardCommand.ReportRectified(timeline.rectifiedOn(),
                DemoText.evidenceFor(rectification)));
        if (timeline.acceptedOn() == null || h == null) {
            return h;
        }
        h = step(s, actors.clerk(), h, new HazardCommand.Accept(timeline.acceptedOn(), acceptanceResult));
        if (timeline.signedOffOn() == null || h == null) {
            return h;
        }
        h = step(s, actors.unionFor(s, h), h, new HazardCommand.SignOff(timeline.signedOffOn(), null));
        if (timeline.closedOn() == null || h == null) {
            return h;
        }
        h = step(s, actors.clerk(), h, new HazardCommand.Close(timeline.closedOn()));
        if (timeline.recheckedOn() == null || h == null) {
            return h;
        }
        return step(s, actors.clerk(), h, new HazardCommand.RecheckPass(timeline.recheckedOn(), rechecker, null));
    }

    /** Takes the step when the rules allow it now; a major hazard waits here for its own track. */
    private static Hazard step(StoreSession s, Actor actor, Hazard h, HazardCommand command) {
        boolean allowed = HazardOperations.choices(s, actor, h).stream()
                .anyMatch(c -> c.action() == command.action() && c.allowed());
        return allowed ? HazardOperations.perform(s, actor, h.id(), h.revision(), command) : null;
    }
}
