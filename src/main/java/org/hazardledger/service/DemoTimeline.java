package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.HazardForm;

/**
 * When each step of one demo hazard happens. A step that would fall after today has not happened
 * yet, which is what leaves recent hazards open and old ones closed.
 *
 * @param assigned    the 五定 have been set (deadline applies)
 * @param rectifiedOn null while rectification is under way
 * @param acceptedOn  null while awaiting acceptance
 * @param signedOffOn null while the union has not signed
 * @param closedOn    null while not struck off
 * @param recheckedOn null when no follow-up check has been made
 */
record DemoTimeline(boolean assigned, LocalDate deadline, LocalDate rectifiedOn, LocalDate acceptedOn,
                    LocalDate signedOffOn, LocalDate closedOn, LocalDate recheckedOn) {

    DemoTimeline(boolean assigned, LocalDate deadline, LocalDate rectifiedOn, LocalDate acceptedOn,
                 LocalDate recheckedOn) {
        this(assigned, deadline, rectifiedOn, acceptedOn, acceptedOn, acceptedOn, recheckedOn);
    }

    /**
     * The union's signature and the closure a few days after acceptance, drawn from {@code rng} (a
     * stream of its own, so the rest of the demo does not reshuffle): recent ones are still waiting.
     */
    DemoTimeline withUnionSteps(Random rng, LocalDate today) {
        if (acceptedOn == null) {
            return this;
        }
        LocalDate signed = acceptedOn.plusDays(DemoPick.weighted(rng, List.of(0, 1, 2), 60, 30, 10) == 2
                ? DemoPick.between(rng, 3, 12) : DemoPick.between(rng, 0, 2));
        if (signed.isAfter(today)) {
            return new DemoTimeline(true, deadline, rectifiedOn, acceptedOn, null, null, null);
        }
        LocalDate closed = signed.plusDays(DemoPick.between(rng, 0, 4));
        if (closed.isAfter(today)) {
            return new DemoTimeline(true, deadline, rectifiedOn, acceptedOn, signed, null, null);
        }
        LocalDate recheck = recheckedOn == null || recheckedOn.isBefore(closed) ? null : recheckedOn;
        return new DemoTimeline(true, deadline, rectifiedOn, acceptedOn, signed, closed, recheck);
    }

    /** Hazards left lying far past their deadline: what makes the overdue list. */
    private static final double NEGLECTED = 0.05;

    static DemoTimeline draw(Random rng, LocalDate foundOn, Grading g, HazardForm form, LocalDate today) {
        int allowed = allowedDays(rng, g, form);
        // Most hazards get their 五定 at once; some wait for grading, a few for weeks.
        int assignDelay = switch (DemoPick.weighted(rng, List.of(0, 1, 2, 3), 45, 35, 15, 5)) {
            case 0 -> 0;
            case 1 -> DemoPick.between(rng, 1, 3);
            case 2 -> DemoPick.between(rng, 4, 14);
            default -> DemoPick.between(rng, 15, 45);
        };
        LocalDate assignedOn = foundOn.plusDays(assignDelay);
        if (assignedOn.isAfter(today)) {
            return new DemoTimeline(false, null, null, null, null);
        }
        // The deadline is set when the work is assigned, so it never lies in the past at that moment.
        LocalDate deadline = assignedOn.plusDays(allowed);
        LocalDate rectified = assignedOn.plusDays(workDays(rng, allowed, g));
        if (rectified.isAfter(today)) {
            return new DemoTimeline(true, deadline, null, null, null);
        }
        int acceptDelay = switch (DemoPick.weighted(rng, List.of(0, 1, 2), 50, 40, 10)) {
            case 0 -> DemoPick.between(rng, 0, 3);
            case 1 -> DemoPick.between(rng, 4, 14);
            default -> DemoPick.between(rng, 15, 40);
        };
        LocalDate accepted = rectified.plusDays(acceptDelay);
        if (accepted.isAfter(today)) {
            return new DemoTimeline(true, deadline, rectified, null, null);
        }
        boolean serious = g.grade() == Grade.MAJOR || "A".equals(g.subGrade());
        LocalDate recheck = DemoPick.chance(rng, serious ? 0.7 : 0.15)
                ? accepted.plusDays(DemoPick.between(rng, 7, 60)) : null;
        return new DemoTimeline(true, deadline, rectified, accepted,
                recheck == null || recheck.isAfter(today) ? null : recheck);
    }

    /** Days from assignment to the deadline: the higher the tier, the longer. */
    private static int allowedDays(Random rng, Grading g, HazardForm form) {
        if (g.grade() == Grade.MAJOR) {
            return DemoPick.between(rng, 60, 180);
        }
        if (form == HazardForm.UNSAFE_BEHAVIOUR) {
            return DemoPick.between(rng, 0, 7);
        }
        return switch (g.rectifyingTier()) {
            case POST -> DemoPick.between(rng, 1, 7);
            case TEAM -> DemoPick.between(rng, 3, 15);
            case WORKSHOP -> DemoPick.between(rng, 10, 45);
            case PLANT -> DemoPick.between(rng, 20, 90);
        };
    }

    /** Days the work actually takes: mostly within the deadline, some late, a few neglected. */
    private static int workDays(Random rng, int allowed, Grading g) {
        double r = rng.nextDouble();
        if (r < NEGLECTED) {
            return allowed + DemoPick.between(rng, 30, 300);
        }
        if (r < NEGLECTED + (g.grade() == Grade.MAJOR ? 0.3 : 0.12)) {
            return allowed + DemoPick.between(rng, 1, Math.max(3, allowed));
        }
        return (int) Math.round(allowed * (0.2 + 0.8 * rng.nextDouble()));
    }
}
