package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The effect of each lifecycle action once {@link HazardLifecycle} has allowed it: checks what the
 * user entered and returns the hazard in its next state. Dates may not lie in the future nor before
 * the step they follow.
 */
final class LifecycleSteps {

    static final String PLAN = "plan";
    static final String REASON = "reason";
    static final String EVIDENCE = "evidence";
    static final String RESULT = "result";
    static final String ON = "on";
    static final String INTO = "into";

    private LifecycleSteps() {
    }

    static Hazard take(Hazard h, HazardCommand command, String by, LocalDate today, Instant now) {
        if (command instanceof HazardCommand.Regrade c) {
            return regrade(h, c, now);
        }
        if (command instanceof HazardCommand.Assign c) {
            return assign(h, c, now);
        }
        if (command instanceof HazardCommand.ApprovePlan c) {
            return approvePlan(h, c, by, today, now);
        }
        if (command instanceof HazardCommand.Escalate c) {
            return escalate(h, c, now);
        }
        if (command instanceof HazardCommand.ReportRectified c) {
            return reportRectified(h, c, today, now);
        }
        if (command instanceof HazardCommand.Accept c) {
            return accept(h, c, by, today, now);
        }
        if (command instanceof HazardCommand.RejectAcceptance c) {
            return rejectAcceptance(h, c, now);
        }
        if (command instanceof HazardCommand.SignOff c) {
            return signOff(h, c, by, today, now);
        }
        if (command instanceof HazardCommand.Close c) {
            return close(h, c, by, today, now);
        }
        if (command instanceof HazardCommand.RecheckPass c) {
            return recheckPass(h, c, today, now);
        }
        if (command instanceof HazardCommand.RecheckFail c) {
            return recheckFail(h, c, today, now);
        }
        if (command instanceof HazardCommand.RejectNotHazard c) {
            return dispose(h, HazardStatus.REJECTED, c.reason(), null, now);
        }
        if (command instanceof HazardCommand.MergeDuplicate c) {
            return merge(h, c, now);
        }
        if (command instanceof HazardCommand.Reopen c) {
            return reopen(h, c, now);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static Hazard regrade(Hazard h, HazardCommand.Regrade c, Instant now) {
        check(c.grading() == null ? List.of(FieldError.of(HazardDraft.GRADE, "validation.required"))
                : HazardDraft.validateGrading(c.grading()));
        return h.next(h.status(), c.grading(), h.rectification(), h.outcome(), h.handling(), now);
    }

    private static Hazard assign(Hazard h, HazardCommand.Assign c, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (c.rectification() == null) {
            errors.add(FieldError.of(RectificationRules.MEASURES, "validation.required"));
        } else {
            errors.addAll(RectificationRules.validate(c.rectification(), h.registration().foundOn()));
        }
        if (needsPlan(h) && blank(c.plan())) {
            errors.add(FieldError.of(PLAN, "validation.plan.required"));
        }
        check(errors);
        HazardStatus next = h.grading().grade() == Grade.MAJOR ? HazardStatus.AWAITING_PLAN_APPROVAL
                : HazardStatus.RECTIFYING;
        Handling d = h.handling();
        Handling handling = new Handling(strip(c.plan()), null, null, d.escalationReason(), null, null,
                d.acceptanceRejection(), null, null, null, null, null, d.recheckResult(), null, null,
                d.reopenCount());
        return h.next(next, h.grading(), c.rectification(), h.outcome(), handling, now);
    }

    /** Plant-tier (unit-level) and major hazards need a plan: measures with a timetable. */
    static boolean needsPlan(Hazard h) {
        return h.grading().rectifyingTier() == Tier.PLANT || h.grading().grade() == Grade.MAJOR;
    }

    private static Hazard approvePlan(Hazard h, HazardCommand.ApprovePlan c, String by, LocalDate today,
                                      Instant now) {
        checkDate(c.on(), h.registration().foundOn(), "error.date.beforeFound", today);
        Handling d = h.handling();
        return h.next(HazardStatus.RECTIFYING, h.grading(), h.rectification(), h.outcome(),
                new Handling(d.plan(), c.on(), by, d.escalationReason(), d.evidence(), d.acceptedBy(),
                        d.acceptanceRejection(), d.signedOffOn(), d.signedOffBy(), d.signedOffTier(), d.signOffNote(),
                        d.closedBy(), d.recheckResult(), d.dispositionReason(), d.mergedInto(), d.reopenCount()), now);
    }

    private static Hazard escalate(Hazard h, HazardCommand.Escalate c, Instant now) {
        require(c.reason(), REASON);
        Grading g = h.grading();
        Tier up = g.rectifyingTier().next().orElseThrow();
        Grading raised = g.atTier(up);
        Handling d = h.handling();
        return h.next(HazardStatus.REGISTERED, raised, null, Outcome.NONE,
                new Handling(null, null, null, c.reason().strip(), null, null, null, null, null, null, null, null,
                        d.recheckResult(), null, null, d.reopenCount()), now);
    }

    private static Hazard reportRectified(Hazard h, HazardCommand.ReportRectified c, LocalDate today, Instant now) {
        List<FieldError> errors = dateErrors(c.on(), today);
        if (blank(c.evidence())) {
            errors.add(FieldError.of(EVIDENCE, "validation.required"));
        }
        check(errors);
        checkDate(c.on(), h.registration().foundOn(), "error.date.beforeFound", today);
        Outcome o = h.outcome();
        Handling d = h.handling();
        return h.next(HazardStatus.AWAITING_ACCEPTANCE, h.grading(), h.rectification(),
                new Outcome(c.on(), null, null, null, o.recheckerId(), o.recheckedOn()),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(),
                        c.evidence().strip(), null, d.acceptanceRejection(), null, null, null, null, null,
                        d.recheckResult(), null, null, d.reopenCount()), now);
    }

    private static Hazard accept(Hazard h, HazardCommand.Accept c, String by, LocalDate today, Instant now) {
        List<FieldError> errors = dateErrors(c.on(), today);
        if (blank(c.result())) {
            errors.add(FieldError.of(RESULT, "validation.required"));
        }
        check(errors);
        checkDate(c.on(), h.outcome().rectifiedOn(), "error.date.beforeRectified", today);
        Outcome o = h.outcome();
        Handling d = h.handling();
        return h.next(HazardStatus.AWAITING_SIGN_OFF, h.grading(), h.rectification(),
                new Outcome(o.rectifiedOn(), c.result().strip(), c.on(), null, o.recheckerId(), o.recheckedOn()),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), d.evidence(),
                        by, null, null, null, null, null, null, d.recheckResult(), null, null, d.reopenCount()), now);
    }

    private static Hazard rejectAcceptance(Hazard h, HazardCommand.RejectAcceptance c, Instant now) {
        require(c.reason(), REASON);
        Outcome o = h.outcome();
        Handling d = h.handling();
        return h.next(HazardStatus.RECTIFYING, h.grading(), h.rectification(),
                new Outcome(null, null, null, null, o.recheckerId(), o.recheckedOn()),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), d.evidence(),
                        null, c.reason().strip(), null, null, null, null, null, d.recheckResult(), null, null,
                        d.reopenCount()), now);
    }

    private static Hazard signOff(Hazard h, HazardCommand.SignOff c, String by, LocalDate today, Instant now) {
        checkDate(c.on(), h.outcome().acceptedOn(), "error.date.beforeAccepted", today);
        Handling d = h.handling();
        return h.next(HazardStatus.SIGNED_OFF, h.grading(), h.rectification(), h.outcome(),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), d.evidence(),
                        d.acceptedBy(), d.acceptanceRejection(), c.on(), by,
                        h.grading().rectifyingTier().answerableTier(), strip(c.note()), null, d.recheckResult(),
                        null, null, d.reopenCount()), now);
    }

    private static Hazard close(Hazard h, HazardCommand.Close c, String by, LocalDate today, Instant now) {
        checkDate(c.on(), h.handling().signedOffOn(), "error.date.beforeSignedOff", today);
        Outcome o = h.outcome();
        Handling d = h.handling();
        return h.next(HazardStatus.CLOSED, h.grading(), h.rectification(),
                new Outcome(o.rectifiedOn(), o.acceptanceResult(), o.acceptedOn(), c.on(), o.recheckerId(),
                        o.recheckedOn()),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), d.evidence(),
                        d.acceptedBy(), d.acceptanceRejection(), d.signedOffOn(), d.signedOffBy(), d.signedOffTier(),
                        d.signOffNote(), by, d.recheckResult(), null, null, d.reopenCount()), now);
    }

    private static Hazard recheckPass(Hazard h, HazardCommand.RecheckPass c, LocalDate today, Instant now) {
        checkDate(c.on(), h.outcome().closedOn(), "error.date.beforeClosed", today);
        Outcome o = h.outcome();
        Handling d = h.handling();
        return h.next(HazardStatus.CLOSED, h.grading(), h.rectification(),
                new Outcome(o.rectifiedOn(), o.acceptanceResult(), o.acceptedOn(), o.closedOn(), c.recheckerId(),
                        c.on()),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), d.evidence(),
                        d.acceptedBy(), d.acceptanceRejection(), d.signedOffOn(), d.signedOffBy(), d.signedOffTier(),
                        d.signOffNote(), d.closedBy(), strip(c.result()), null, null, d.reopenCount()), now);
    }

    /** A failed recheck reopens the hazard for rectification: acceptance and sign-off must be earned again. */
    private static Hazard recheckFail(Hazard h, HazardCommand.RecheckFail c, LocalDate today, Instant now) {
        List<FieldError> errors = dateErrors(c.on(), today);
        if (blank(c.finding())) {
            errors.add(FieldError.of(RESULT, "validation.required"));
        }
        check(errors);
        checkDate(c.on(), h.outcome().closedOn(), "error.date.beforeClosed", today);
        Handling d = h.handling();
        return h.next(HazardStatus.RECTIFYING, h.grading(), h.rectification(),
                new Outcome(null, null, null, null, c.recheckerId(), c.on()),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), null, null,
                        null, null, null, null, null, null, c.finding().strip(), null, null, d.reopenCount() + 1),
                now);
    }

    private static Hazard merge(Hazard h, HazardCommand.MergeDuplicate c, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (c.into() == null) {
            errors.add(FieldError.of(INTO, "validation.required"));
        } else if (c.into().equals(h.number())) {
            errors.add(FieldError.of(INTO, "validation.merge.self"));
        }
        if (blank(c.reason())) {
            errors.add(FieldError.of(REASON, "validation.required"));
        }
        check(errors);
        return dispose(h, HazardStatus.MERGED, c.reason(), c.into(), now);
    }

    private static Hazard dispose(Hazard h, HazardStatus to, String reason, HazardNumber into, Instant now) {
        require(reason, REASON);
        Handling d = h.handling();
        return h.next(to, h.grading(), h.rectification(), h.outcome(),
                new Handling(d.plan(), d.planApprovedOn(), d.planApprovedBy(), d.escalationReason(), d.evidence(),
                        d.acceptedBy(), d.acceptanceRejection(), d.signedOffOn(), d.signedOffBy(), d.signedOffTier(),
                        d.signOffNote(), d.closedBy(), d.recheckResult(), reason.strip(), into, d.reopenCount()), now);
    }

    /** Reopening starts the hazard over from registration; its history stays in the audit trail. */
    private static Hazard reopen(Hazard h, HazardCommand.Reopen c, Instant now) {
        require(c.reason(), REASON);
        Outcome o = h.outcome();
        Handling d = h.handling();
        return h.next(HazardStatus.REGISTERED, h.grading(), null,
                new Outcome(null, null, null, null, o.recheckerId(), o.recheckedOn()),
                new Handling(null, null, null, d.escalationReason(), null, null, null, null, null, null, null, null,
                        d.recheckResult(), c.reason().strip(), null, d.reopenCount() + 1), now);
    }

    /** What is wrong with a date the user entered on its own: missing, or in the future. */
    private static List<FieldError> dateErrors(LocalDate on, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (on == null) {
            errors.add(FieldError.of(ON, "validation.required"));
        } else if (on.isAfter(today)) {
            errors.add(FieldError.of(ON, "validation.date.future"));
        }
        return errors;
    }

    private static void checkDate(LocalDate on, LocalDate notBefore, String beforeKey, LocalDate today) {
        check(dateErrors(on, today));
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new DomainException(beforeKey, on, notBefore);
        }
    }

    private static void require(String text, String field) {
        if (blank(text)) {
            check(List.of(FieldError.of(field, "validation.required")));
        }
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
