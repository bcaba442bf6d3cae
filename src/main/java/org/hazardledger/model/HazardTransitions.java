package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The lifecycle steps the foundation knows: assign the 五定, report rectified, accept and close.
 * Each refuses a hazard in the wrong state with a message naming the state.
 */
public final class HazardTransitions {

    private HazardTransitions() {
    }

    public static Hazard assign(Hazard h, Rectification r, Instant now) {
        require(h, HazardStatus.REGISTERED, "action.assign");
        return with(h, HazardStatus.RECTIFYING, r, h.outcome(), now);
    }

    public static Hazard reportRectified(Hazard h, LocalDate on, Instant now) {
        require(h, HazardStatus.RECTIFYING, "action.reportRectified");
        if (on.isBefore(h.registration().foundOn())) {
            throw new DomainException("error.date.beforeFound", on, h.registration().foundOn());
        }
        Outcome o = h.outcome();
        return with(h, HazardStatus.AWAITING_ACCEPTANCE, h.rectification(),
                new Outcome(on, o.acceptanceResult(), o.acceptedOn(), o.closedOn(), o.recheckerId(),
                        o.recheckedOn()), now);
    }

    /** Acceptance passed and the union signed off: the hazard is struck off the open ledger (销号). */
    public static Hazard acceptAndClose(Hazard h, String result, LocalDate on, Instant now) {
        require(h, HazardStatus.AWAITING_ACCEPTANCE, "action.acceptAndClose");
        if (result == null || result.isBlank()) {
            throw new ValidationException(java.util.List.of(FieldError.of("acceptanceResult",
                    "validation.required")));
        }
        if (on.isBefore(h.outcome().rectifiedOn())) {
            throw new DomainException("error.date.beforeRectified", on, h.outcome().rectifiedOn());
        }
        Outcome o = h.outcome();
        return with(h, HazardStatus.CLOSED, h.rectification(),
                new Outcome(o.rectifiedOn(), result.strip(), on, on, o.recheckerId(), o.recheckedOn()), now);
    }

    /** A later follow-up check that found the fix holding. */
    public static Hazard recordRecheck(Hazard h, UUID rechecker, LocalDate on, Instant now) {
        require(h, HazardStatus.CLOSED, "action.recheck");
        Outcome o = h.outcome();
        return with(h, HazardStatus.CLOSED, h.rectification(),
                new Outcome(o.rectifiedOn(), o.acceptanceResult(), o.acceptedOn(), o.closedOn(), rechecker, on),
                now);
    }

    private static void require(Hazard h, HazardStatus expected, String actionKey) {
        if (h.status() != expected) {
            throw new DomainException("error.transition", h.number().toString(), h.status().labelKey(), actionKey);
        }
    }

    private static Hazard with(Hazard h, HazardStatus status, Rectification r, Outcome o, Instant now) {
        return new Hazard(h.id(), h.revision(), h.number(), status, h.registration(), h.grading(), r, o,
                h.createdAt(), now);
    }
}
