package org.hazardledger.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.Rectification;
import org.hazardledger.store.StoreSession;

/**
 * One demo hazard as decided before it touches the ledger: what is registered, how far along its
 * lifecycle it has come by today, and which turn its path takes.
 *
 * @param rectification    null while the hazard waits for its 五定
 * @param acceptanceResult set when the hazard has been accepted
 * @param rechecker        set when a follow-up check has been made
 */
record DemoHazardPlan(HazardDraft draft, Rectification rectification, DemoTimeline timeline,
                      String acceptanceResult, UUID rechecker, DemoTwist twist) {

    /**
     * Registers the hazard and takes it through the same steps, with the same checks and as the same
     * roles, as users would: the clerk keeps the ledger, the union body of the tier signs off. A step
     * the rules do not allow yet (a major hazard waiting for its own track) ends the walk there.
     */
    Hazard enact(StoreSession s, DemoActors actors, DemoSeeds seeds) {
        Walk w = new Walk(s, HazardOperations.register(s, actors.clerk(), draft));
        Actor clerk = actors.clerk();
        if (twist == DemoTwist.NOT_A_HAZARD) {
            return w.step(clerk, new HazardCommand.RejectNotHazard(seeds.phrase("not_a_hazard"))).last();
        }
        if (twist == DemoTwist.DUPLICATE && actors.previous() != null) {
            return w.step(clerk, new HazardCommand.MergeDuplicate(actors.previous(), seeds.phrase("duplicate"))).last();
        }
        actors.registered(w.last().number());
        if (twist == DemoTwist.ESCALATED) {
            w.step(clerk, new HazardCommand.Escalate(seeds.phrase("escalated")));
        }
        LocalDate today = LocalDate.now(s.clock());
        if (rectification == null
                || !w.step(clerk, new HazardCommand.Assign(rectification, DemoText.planFor(rectification, seeds)))
                .moved() || !actors.majors().treat(s, actors, w, today, twist == DemoTwist.PLAN_PENDING)) {
            return w.last();
        }
        if (timeline.rectifiedOn() == null
                || !w.step(clerk, new HazardCommand.ReportRectified(timeline.rectifiedOn(),
                DemoText.evidenceFor(rectification, seeds))).moved()) {
            return w.last();
        }
        if (twist == DemoTwist.ACCEPTANCE_REJECTED) {
            w.step(clerk, new HazardCommand.RejectAcceptance(seeds.phrase("acceptance_rejected")));
            w.step(clerk, new HazardCommand.ReportRectified(timeline.rectifiedOn(), DemoText.evidenceFor(rectification, seeds)));
        }
        if (timeline.acceptedOn() == null
                || !w.step(clerk, new HazardCommand.Accept(timeline.acceptedOn(), acceptanceResult)).moved()
                || timeline.signedOffOn() == null
                || !w.step(actors.unionFor(s, w.last()), new HazardCommand.SignOff(timeline.signedOffOn(), null))
                .moved()
                || timeline.closedOn() == null) {
            return w.last();
        }
        LocalDate closeOn = timeline.closedOn();
        if (draft.grading().grade() == Grade.MAJOR) {
            LocalDate reviewed = actors.majors().review(s, actors, w.last(), timeline.signedOffOn(), today);
            if (reviewed == null) {
                return w.last();
            }
            closeOn = reviewed.isAfter(closeOn) ? reviewed : closeOn;
        }
        if (!w.step(clerk, new HazardCommand.Close(closeOn)).moved() || timeline.recheckedOn() == null
                || timeline.recheckedOn().isBefore(closeOn)) {
            return w.last();
        }
        HazardCommand recheck = twist == DemoTwist.RECHECK_FAILED
                ? new HazardCommand.RecheckFail(timeline.recheckedOn(), rechecker, seeds.phrase("recheck_failed"))
                : new HazardCommand.RecheckPass(timeline.recheckedOn(), rechecker, null);
        return w.step(clerk, recheck).last();
    }

    DemoHazardPlan withTwist(DemoTwist t) {
        return new DemoHazardPlan(draft, rectification, timeline, acceptanceResult, rechecker, t);
    }

    /** One hazard's walk: each step taken when the rules allow it now, remembering whether it moved. */
    static final class Walk {
        private final StoreSession s;
        private Hazard last;
        private boolean moved;

        Walk(StoreSession s, Hazard first) {
            this.s = s;
            this.last = first;
        }

        Walk step(Actor actor, HazardCommand command) {
            Optional<Hazard> next = HazardOperations.performIfAllowed(s, actor, last, command);
            moved = next.isPresent();
            last = next.orElse(last);
            return this;
        }

        boolean moved() {
            return moved;
        }

        Hazard last() {
            return last;
        }
    }
}
