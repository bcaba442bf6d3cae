package org.hazardledger.service;

import java.util.Random;

import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Tier;

/**
 * The turns a real hazard's path takes beside the straight line: found not to be a hazard, a
 * duplicate, escalated because the tier could not fix it, work sent back at acceptance, a recheck
 * that found it back. A few of each, so every state and every action shows in the demo.
 */
enum DemoTwist {
    NONE, NOT_A_HAZARD, DUPLICATE, ESCALATED, ACCEPTANCE_REJECTED, RECHECK_FAILED,
    /** A major hazard whose treatment plan is still being written: it waits for the principal. */
    PLAN_PENDING;

    static DemoTwist draw(Random rng, Grading g, DemoTimeline time) {
        double r = rng.nextDouble();
        if (r < 0.015) {
            return NOT_A_HAZARD;
        }
        if (r < 0.025) {
            return DUPLICATE;
        }
        if (r < 0.065 && g.grade() == Grade.GENERAL && g.rectifyingTier() != Tier.PLANT) {
            return ESCALATED;
        }
        if (r < 0.105 && time.acceptedOn() != null) {
            return ACCEPTANCE_REJECTED;
        }
        if (r < 0.25 && time.recheckedOn() != null) {
            return RECHECK_FAILED;
        }
        return NONE;
    }
}
