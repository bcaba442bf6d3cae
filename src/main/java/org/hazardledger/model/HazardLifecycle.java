package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hazardledger.model.AccountRole.CLERK;
import static org.hazardledger.model.AccountRole.PRINCIPAL;
import static org.hazardledger.model.AccountRole.UNION_MEMBER;
import static org.hazardledger.model.AccountRole.UNIT_HEAD;
import static org.hazardledger.model.HazardStatus.AWAITING_ACCEPTANCE;
import static org.hazardledger.model.HazardStatus.AWAITING_PLAN_APPROVAL;
import static org.hazardledger.model.HazardStatus.AWAITING_SIGN_OFF;
import static org.hazardledger.model.HazardStatus.CLOSED;
import static org.hazardledger.model.HazardStatus.MERGED;
import static org.hazardledger.model.HazardStatus.RECTIFYING;
import static org.hazardledger.model.HazardStatus.REGISTERED;
import static org.hazardledger.model.HazardStatus.REJECTED;
import static org.hazardledger.model.HazardStatus.SIGNED_OFF;

/**
 * The hazard lifecycle as one explicit state machine: for each action, the states it may start from,
 * the roles that may take it, and whether the tier rule applies (a unit head or union member acts only
 * on hazards of their own subtree rectified at the tier they answer for). Decision 0005 explains it.
 * <p>
 * {@link #refusal} says why an action is not allowed now (or nothing); {@link #apply} takes it.
 */
public final class HazardLifecycle {

    /** How the tier rule binds the scoped roles (unit head, union member) for one action. */
    enum Scope {
        /** The hazard's unit in their subtree and its rectifying tier the one they answer for. */
        TIER,
        /** The hazard's unit in their subtree, whatever the tier (follow-up checks). */
        SUBTREE
    }

    record Rule(Set<HazardStatus> from, Set<AccountRole> roles, Scope scope) {
    }

    private static final Map<HazardAction, Rule> RULES = Map.ofEntries(
            Map.entry(HazardAction.REGRADE, rule(EnumSet.of(REGISTERED), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.ASSIGN, rule(EnumSet.of(REGISTERED), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.APPROVE_PLAN, rule(EnumSet.of(AWAITING_PLAN_APPROVAL), EnumSet.of(PRINCIPAL))),
            Map.entry(HazardAction.ESCALATE, rule(EnumSet.of(REGISTERED, RECTIFYING), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.REPORT_RECTIFIED, rule(EnumSet.of(RECTIFYING), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.ACCEPT, rule(EnumSet.of(AWAITING_ACCEPTANCE), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.REJECT_ACCEPTANCE,
                    rule(EnumSet.of(AWAITING_ACCEPTANCE), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.SIGN_OFF, rule(EnumSet.of(AWAITING_SIGN_OFF), EnumSet.of(UNION_MEMBER))),
            Map.entry(HazardAction.CLOSE, rule(EnumSet.of(SIGNED_OFF), EnumSet.of(CLERK))),
            Map.entry(HazardAction.RECHECK_PASS,
                    new Rule(EnumSet.of(CLOSED), EnumSet.of(CLERK, UNION_MEMBER), Scope.SUBTREE)),
            Map.entry(HazardAction.RECHECK_FAIL,
                    new Rule(EnumSet.of(CLOSED), EnumSet.of(CLERK, UNION_MEMBER), Scope.SUBTREE)),
            Map.entry(HazardAction.REJECT_NOT_HAZARD, rule(EnumSet.of(REGISTERED), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.MERGE_DUPLICATE, rule(EnumSet.of(REGISTERED), EnumSet.of(CLERK, UNIT_HEAD))),
            Map.entry(HazardAction.REOPEN, rule(EnumSet.of(CLOSED, REJECTED, MERGED), EnumSet.of(CLERK, PRINCIPAL))));

    private HazardLifecycle() {
    }

    private static Rule rule(Set<HazardStatus> from, Set<AccountRole> roles) {
        return new Rule(from, roles, Scope.TIER);
    }

    /** The actions {@code who} may take on {@code h} now. */
    public static List<HazardAction> allowed(Hazard h, Performer who, MajorTrackView major) {
        List<HazardAction> out = new ArrayList<>();
        for (HazardAction a : HazardAction.values()) {
            if (refusal(h, a, who, major).isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The actions the hazard's present state offers, each with whether {@code who} may take it; the
     * detail pane shows allowed ones as buttons and the others disabled with the reason.
     */
    public static List<ActionChoice> choices(Hazard h, Performer who, MajorTrackView major) {
        List<ActionChoice> out = new ArrayList<>();
        for (HazardAction a : HazardAction.values()) {
            if (RULES.get(a).from().contains(h.status())) {
                out.add(new ActionChoice(a, refusal(h, a, who, major)));
            }
        }
        return out;
    }

    /** The states in which {@code role} has something to do: "my tasks". */
    public static Set<HazardStatus> statusesNeeding(AccountRole role) {
        Set<HazardStatus> out = EnumSet.noneOf(HazardStatus.class);
        for (Map.Entry<HazardAction, Rule> e : RULES.entrySet()) {
            boolean followUp = e.getKey() == HazardAction.RECHECK_PASS || e.getKey() == HazardAction.RECHECK_FAIL
                    || e.getKey() == HazardAction.REOPEN;
            if (!followUp && e.getValue().roles().contains(role)) {
                out.addAll(e.getValue().from());
            }
        }
        return out;
    }

    /**
     * Why {@code who} may not take {@code action} on {@code h} now, or empty when they may. Checked in
     * this order: the state, the role, the tier and subtree, then the action's own precondition.
     */
    public static Optional<DomainException> refusal(Hazard h, HazardAction action, Performer who,
                                                    MajorTrackView major) {
        Rule rule = RULES.get(action);
        String number = h.number().toString();
        if (!rule.from().contains(h.status())) {
            return Optional.of(new DomainException("error.lifecycle.state", number, h.status().labelKey(),
                    action.labelKey()));
        }
        if (who.role() == null || !rule.roles().contains(who.role())) {
            return Optional.of(new DomainException("error.lifecycle.role", number, action.labelKey(),
                    action.whoKey(), who.role() == null ? "accountRole.none"
                            : who.role().labelKey()));
        }
        if (who.role() == UNIT_HEAD || who.role() == UNION_MEMBER) {
            if (!who.coversHazardUnit()) {
                return Optional.of(new DomainException("error.lifecycle.subtree", number, action.labelKey()));
            }
            Tier answerable = h.grading().rectifyingTier().answerableTier();
            if (rule.scope() == Scope.TIER && who.effectiveTier() != answerable) {
                return Optional.of(new DomainException("error.lifecycle.tier", number, action.labelKey(),
                        answerable.labelKey(), who.effectiveTier().labelKey()));
            }
        }
        return precondition(h, action, major);
    }

    private static Optional<DomainException> precondition(Hazard h, HazardAction action, MajorTrackView major) {
        String number = h.number().toString();
        boolean isMajor = h.grading().grade() == Grade.MAJOR;
        return switch (action) {
            case ESCALATE -> h.grading().rectifyingTier().next().isPresent() ? Optional.empty()
                    : Optional.of(new DomainException("error.lifecycle.topTier", number));
            case APPROVE_PLAN -> major.planComplete() ? Optional.empty()
                    : Optional.of(new DomainException("error.lifecycle.majorPlanIncomplete", number));
            case CLOSE -> !isMajor || major.allowsClosure() ? Optional.empty()
                    : Optional.of(new DomainException(major.listed() ? "error.lifecycle.majorNotStruckOff"
                    : "error.lifecycle.majorNotReviewed", number));
            default -> Optional.empty();
        };
    }

    /**
     * Takes {@code command} on {@code h} for {@code who}, or throws the refusal: a {@link DomainException}
     * for a wrong state, role, tier or precondition, a {@link ValidationException} for bad input.
     */
    public static Hazard apply(Hazard h, HazardCommand command, Performer who, MajorTrackView major, LocalDate today,
                               Instant now) {
        Optional<DomainException> refused = refusal(h, command.action(), who, major);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return LifecycleSteps.take(h, command, who.name(), today, now);
    }
}
