package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static org.hazardledger.model.LifecycleHazards.NOW;
import static org.hazardledger.model.LifecycleHazards.TODAY;
import static org.hazardledger.model.LifecycleHazards.command;
import static org.hazardledger.model.LifecycleHazards.in;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (state, action, role) combination: the allowed ones succeed and land in the state the rules
 * give; every other is refused with a message naming why. The expected table is written out here
 * from decision 0005, independently of the state machine's own table.
 */
class HazardLifecycleTest {

    /** action → (from → to), and who may take it. */
    private record Expected(Map<HazardStatus, HazardStatus> moves, Set<AccountRole> roles) {
    }

    private static final Map<HazardAction, Expected> TABLE = new EnumMap<>(HazardAction.class);

    static {
        Set<AccountRole> keepers = Set.of(CLERK, UNIT_HEAD);
        TABLE.put(HazardAction.REGRADE, new Expected(Map.of(REGISTERED, REGISTERED), keepers));
        TABLE.put(HazardAction.ASSIGN, new Expected(Map.of(REGISTERED, RECTIFYING), keepers));
        TABLE.put(HazardAction.APPROVE_PLAN, new Expected(Map.of(AWAITING_PLAN_APPROVAL, RECTIFYING),
                Set.of(PRINCIPAL)));
        TABLE.put(HazardAction.ESCALATE, new Expected(Map.of(REGISTERED, REGISTERED, RECTIFYING, REGISTERED),
                keepers));
        TABLE.put(HazardAction.REPORT_RECTIFIED, new Expected(Map.of(RECTIFYING, AWAITING_ACCEPTANCE), keepers));
        TABLE.put(HazardAction.ACCEPT, new Expected(Map.of(AWAITING_ACCEPTANCE, AWAITING_SIGN_OFF), keepers));
        TABLE.put(HazardAction.REJECT_ACCEPTANCE, new Expected(Map.of(AWAITING_ACCEPTANCE, RECTIFYING), keepers));
        TABLE.put(HazardAction.SIGN_OFF, new Expected(Map.of(AWAITING_SIGN_OFF, SIGNED_OFF), Set.of(UNION_MEMBER)));
        TABLE.put(HazardAction.CLOSE, new Expected(Map.of(SIGNED_OFF, CLOSED), Set.of(CLERK)));
        TABLE.put(HazardAction.RECHECK_PASS, new Expected(Map.of(CLOSED, CLOSED), Set.of(CLERK, UNION_MEMBER)));
        TABLE.put(HazardAction.RECHECK_FAIL, new Expected(Map.of(CLOSED, RECTIFYING), Set.of(CLERK, UNION_MEMBER)));
        TABLE.put(HazardAction.REJECT_NOT_HAZARD, new Expected(Map.of(REGISTERED, REJECTED), keepers));
        TABLE.put(HazardAction.MERGE_DUPLICATE, new Expected(Map.of(REGISTERED, MERGED), keepers));
        TABLE.put(HazardAction.REOPEN, new Expected(Map.of(CLOSED, REGISTERED, REJECTED, REGISTERED,
                MERGED, REGISTERED), Set.of(CLERK, PRINCIPAL)));
    }

    /** The plan of a major hazard is complete: the only precondition the walk sets up. */
    private static final MajorTrackView PLAN_READY = new MajorTrackView(true, false, false, false, false);

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        List<AccountRole> roles = new ArrayList<>(Arrays.asList(AccountRole.values()));
        roles.add(null);
        for (HazardStatus s : HazardStatus.values()) {
            for (HazardAction a : HazardAction.values()) {
                for (AccountRole r : roles) {
                    all.add(Arguments.of(s, a, r));
                }
            }
        }
        return all.stream();
    }

    /** A performer of {@code role} answering for the hazard's own tier and unit (the team, for these hazards). */
    private static Performer performer(AccountRole role, Hazard h) {
        Tier tier = role == UNIT_HEAD || role == UNION_MEMBER ? h.grading().rectifyingTier().answerableTier() : null;
        return new Performer("用户", role, tier, true);
    }

    @ParameterizedTest(name = "{0} × {1} × {2}")
    @MethodSource("everyCombination")
    void everyStateActionAndRoleIsAllowedOrRefusedWithItsReason(HazardStatus status, HazardAction action,
                                                                 AccountRole role) {
        Hazard h = in(status);
        Expected expected = TABLE.get(action);
        Performer who = performer(role, h);
        boolean stateOk = expected.moves().containsKey(status);
        boolean roleOk = role != null && expected.roles().contains(role);
        if (stateOk && roleOk) {
            Hazard next = HazardLifecycle.apply(h, command(action, h), who, PLAN_READY, TODAY, NOW);
            assertThat(next.status()).isEqualTo(expected.moves().get(status));
            assertThat(HazardLifecycle.choices(h, who, PLAN_READY))
                    .anySatisfy(c -> assertThat(c.action()).isEqualTo(action)).filteredOn(ActionChoice::allowed)
                    .extracting(ActionChoice::action).contains(action);
            return;
        }
        String key = !stateOk ? "error.lifecycle.state" : "error.lifecycle.role";
        assertThatThrownBy(() -> HazardLifecycle.apply(h, command(action, h), who, PLAN_READY, TODAY, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.args()).contains(h.number().toString(), action.labelKey());
                    if (!stateOk) {
                        assertThat(e.args()).contains(status.labelKey());
                    } else {
                        assertThat(e.args()).contains(action.whoKey());
                    }
                });
        boolean offered = HazardLifecycle.choices(h, who, PLAN_READY).stream().anyMatch(c -> c.action() == action);
        assertThat(offered).as("offered in this state").isEqualTo(stateOk);
    }

    @Test
    void aMajorHazardWaitsForThePrincipalToApproveItsPlan() {
        Hazard major = LifecycleHazards.registered(Grade.MAJOR, Tier.PLANT);
        Performer clerk = new Performer("安全员", CLERK, null, true);
        Hazard assigned = HazardLifecycle.apply(major, command(HazardAction.ASSIGN, major), clerk, PLAN_READY, TODAY,
                NOW);
        assertThat(assigned.status()).isEqualTo(AWAITING_PLAN_APPROVAL);

        Performer principal = new Performer("厂长", PRINCIPAL, null, true);
        assertThatThrownBy(() -> HazardLifecycle.apply(assigned, command(HazardAction.APPROVE_PLAN, assigned),
                principal, MajorTrackView.NONE, TODAY, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.lifecycle.majorPlanIncomplete"));
        Hazard approved = HazardLifecycle.apply(assigned, command(HazardAction.APPROVE_PLAN, assigned), principal,
                PLAN_READY, TODAY, NOW);
        assertThat(approved.status()).isEqualTo(RECTIFYING);
        assertThat(approved.handling().planApprovedBy()).isEqualTo("厂长");
    }

    @Test
    void aSignedOffMajorHazardClosesOnlyAfterTheDepartmentsReviewAndWhenListedAfterStrikingOff() {
        Performer clerk = new Performer("安全员", CLERK, null, true);
        Hazard h = in(SIGNED_OFF);
        Hazard major = new Hazard(h.id(), h.revision(), h.number(), SIGNED_OFF, h.registration(),
                new Grading(Grade.MAJOR, null, MajorReason.OUTSIDE_FACTORS, null, Tier.PLANT, org.hazardledger.model.MajorCriterionCitation.clause("CHEM-03")), h.rectification(),
                h.outcome(), h.handling(), h.createdAt(), h.updatedAt());
        HazardCommand close = command(HazardAction.CLOSE, major);

        assertRefused(() -> HazardLifecycle.apply(major, close, clerk, new MajorTrackView(true, true, false, false,
                false), TODAY, NOW), "error.lifecycle.majorNotReviewed");
        assertThat(HazardLifecycle.apply(major, close, clerk, new MajorTrackView(true, true, false, true, false),
                TODAY, NOW).status()).isEqualTo(CLOSED);
        assertRefused(() -> HazardLifecycle.apply(major, close, clerk, new MajorTrackView(true, true, true, true,
                false), TODAY, NOW), "error.lifecycle.majorNotStruckOff");
        assertThat(HazardLifecycle.apply(major, close, clerk, new MajorTrackView(true, true, true, true, true),
                TODAY, NOW).status()).isEqualTo(CLOSED);
    }

    @Test
    void unitHeadsAndUnionMembersActOnlyAtTheirTierAndInsideTheirUnits() {
        Hazard teamHazard = in(AWAITING_SIGN_OFF);
        HazardCommand signOff = command(HazardAction.SIGN_OFF, teamHazard);
        assertRefused(() -> HazardLifecycle.apply(teamHazard, signOff,
                new Performer("车间分会主席", UNION_MEMBER, Tier.WORKSHOP, true), PLAN_READY, TODAY, NOW),
                "error.lifecycle.tier");
        assertRefused(() -> HazardLifecycle.apply(teamHazard, signOff,
                new Performer("乙班工会小组长", UNION_MEMBER, Tier.TEAM, false), PLAN_READY, TODAY, NOW),
                "error.lifecycle.subtree");
        assertRefused(() -> HazardLifecycle.apply(teamHazard, signOff,
                new Performer("企业工会主席", UNION_MEMBER, null, true), PLAN_READY, TODAY, NOW),
                "error.lifecycle.tier");

        Hazard postHazard = LifecycleHazards.registered(Grade.GENERAL, Tier.POST);
        Performer teamLeader = new Performer("班组长", UNIT_HEAD, Tier.TEAM, true);
        assertThat(HazardLifecycle.apply(postHazard, command(HazardAction.ASSIGN, postHazard), teamLeader,
                PLAN_READY, TODAY, NOW).status()).as("a post's hazards are the team's to lead").isEqualTo(RECTIFYING);
    }

    @Test
    void escalationRaisesTheTierOneStepAndStopsAtThePlant() {
        Performer clerk = new Performer("安全员", CLERK, null, true);
        Hazard h = in(RECTIFYING);
        Hazard up = HazardLifecycle.apply(h, command(HazardAction.ESCALATE, h), clerk, PLAN_READY, TODAY, NOW);
        assertThat(up.grading().rectifyingTier()).isEqualTo(Tier.WORKSHOP);
        assertThat(up.status()).isEqualTo(REGISTERED);
        assertThat(up.rectification()).as("the new tier sets its own 五定").isNull();
        assertThat(up.handling().escalationReason()).isEqualTo("班组无备件，需车间采购");

        Hazard plant = LifecycleHazards.registered(Grade.GENERAL, Tier.PLANT);
        assertRefused(() -> HazardLifecycle.apply(plant, command(HazardAction.ESCALATE, plant), clerk, PLAN_READY,
                TODAY, NOW), "error.lifecycle.topTier");
    }

    @Test
    void aPlantTierHazardNeedsAPlanAndBadInputIsRefusedAtTheField() {
        Performer clerk = new Performer("安全员", CLERK, null, true);
        Hazard plant = LifecycleHazards.registered(Grade.GENERAL, Tier.PLANT);
        assertThatThrownBy(() -> HazardLifecycle.apply(plant,
                new HazardCommand.Assign(LifecycleHazards.fiveFixes(), " "), clerk, PLAN_READY, TODAY, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("plan", "validation.plan.required")));

        Hazard rectifying = in(RECTIFYING);
        assertThatThrownBy(() -> HazardLifecycle.apply(rectifying,
                new HazardCommand.ReportRectified(TODAY.plusDays(1), "已完成"), clerk, PLAN_READY, TODAY, NOW))
                .isInstanceOf(ValidationException.class);
        assertRefused(() -> HazardLifecycle.apply(rectifying,
                new HazardCommand.ReportRectified(LifecycleHazards.FOUND.minusDays(1), "已完成"), clerk, PLAN_READY,
                TODAY, NOW), "error.date.beforeFound");
        Hazard registered = in(REGISTERED);
        assertThatThrownBy(() -> HazardLifecycle.apply(registered,
                new HazardCommand.MergeDuplicate(registered.number(), "重复"), clerk, PLAN_READY, TODAY, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.merge.self"));
    }

    @Test
    void aFailedRecheckReopensForRectificationAndClearsTheEarlierSignOff() {
        Performer union = new Performer("工会小组长", UNION_MEMBER, Tier.TEAM, true);
        Hazard closed = in(CLOSED);
        Hazard reopened = HazardLifecycle.apply(closed, command(HazardAction.RECHECK_FAIL, closed), union, PLAN_READY,
                TODAY, NOW);
        assertThat(reopened.status()).isEqualTo(RECTIFYING);
        assertThat(reopened.outcome().acceptedOn()).isNull();
        assertThat(reopened.handling().signedOffOn()).isNull();
        assertThat(reopened.handling().recheckResult()).isEqualTo("垫片再次渗漏");
        assertThat(reopened.handling().reopenCount()).isEqualTo(1);
        assertThat(reopened.isOverdue(TODAY)).as("its old deadline has passed: overdue again").isTrue();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
