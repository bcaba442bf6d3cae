package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random legal action sequences by random users: whatever path a hazard takes, the invariants of
 * decision 0005 hold after every step.
 */
class LifecyclePropertiesTest {

    private static final List<Performer> PEOPLE = List.of(
            new Performer("安全员甲", AccountRole.CLERK, null, true),
            new Performer("班组长乙", AccountRole.UNIT_HEAD, Tier.TEAM, true),
            new Performer("车间主任丙", AccountRole.UNIT_HEAD, Tier.WORKSHOP, true),
            new Performer("厂长丁", AccountRole.PRINCIPAL, null, true),
            new Performer("工会小组长戊", AccountRole.UNION_MEMBER, Tier.TEAM, true),
            new Performer("车间分会主席己", AccountRole.UNION_MEMBER, Tier.WORKSHOP, true),
            new Performer("企业工会主席庚", AccountRole.UNION_MEMBER, null, true),
            new Performer("外单位班组长辛", AccountRole.UNIT_HEAD, Tier.TEAM, false),
            new Performer("管理员", AccountRole.ADMIN, null, true));

    /** The major track as the department's records stand: may or may not allow closure. */
    @Provide
    Arbitrary<MajorTrackView> majorTracks() {
        return Arbitraries.of(true, false).list().ofSize(5)
                .map(b -> new MajorTrackView(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4)));
    }

    @Provide
    Arbitrary<List<Integer>> choicesMade() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(10).ofMaxSize(80);
    }

    @Property(tries = 400)
    void everyLegalPathKeepsTheInvariants(@ForAll boolean major, @ForAll("majorTracks") MajorTrackView track,
                                          @ForAll("choicesMade") List<Integer> picks) {
        Hazard h = LifecycleHazards.registered(major ? Grade.MAJOR : Grade.GENERAL, Tier.POST);
        for (int pick : picks) {
            Performer who = PEOPLE.get(pick % PEOPLE.size());
            List<HazardAction> allowed = HazardLifecycle.allowed(h, who, track);
            if (allowed.isEmpty()) {
                continue;
            }
            HazardAction action = allowed.get((pick / PEOPLE.size()) % allowed.size());
            Hazard next = HazardLifecycle.apply(h, LifecycleHazards.command(action, h), who, track,
                    LifecycleHazards.TODAY, LifecycleHazards.NOW);
            assertInvariants(next, track);
            assertThat(who.role()).as("the admin keeps accounts, not hazards").isNotEqualTo(AccountRole.ADMIN);
            h = next;
            Statistics.collect(h.status());
        }
        // The walk must really reach the far states, or the invariants prove nothing.
        Statistics.coverage(c -> {
            for (HazardStatus s : HazardStatus.values()) {
                c.check(s).count(n -> n > 0);
            }
        });
    }

    private static void assertInvariants(Hazard h, MajorTrackView track) {
        Handling d = h.handling();
        Outcome o = h.outcome();
        if (h.status() == HazardStatus.CLOSED) {
            assertThat(o.acceptedOn()).as("a closed hazard was accepted").isNotNull();
            assertThat(o.acceptanceResult()).isNotBlank();
            assertThat(d.acceptedBy()).as("by someone").isNotBlank();
            assertThat(d.signedOffOn()).as("a closed hazard was signed off by the union").isNotNull();
            assertThat(d.signedOffBy()).isNotBlank();
            assertThat(d.signedOffTier()).isEqualTo(h.grading().rectifyingTier().answerableTier());
            assertThat(d.closedBy()).isNotBlank();
            assertThat(o.closedOn()).isAfterOrEqualTo(d.signedOffOn());
            if (h.grading().grade() == Grade.MAJOR) {
                assertThat(track.reviewed()).as("a closed major hazard passed the department's review").isTrue();
                assertThat(!track.listed() || track.struckOff()).as("listed: struck off first").isTrue();
            }
        }
        if (h.status() == HazardStatus.RECTIFYING || h.status() == HazardStatus.AWAITING_PLAN_APPROVAL) {
            assertThat(h.rectification()).as("work under way has its 五定").isNotNull();
        }
        if (h.grading().grade() == Grade.MAJOR && h.status() == HazardStatus.RECTIFYING) {
            assertThat(d.planApprovedBy()).as("a major hazard is rectified under an approved plan").isNotBlank();
        }
        if (h.status() == HazardStatus.MERGED) {
            assertThat(d.mergedInto()).isNotNull().isNotEqualTo(h.number());
        }
        if (h.status() == HazardStatus.REJECTED || h.status() == HazardStatus.MERGED) {
            assertThat(d.dispositionReason()).isNotBlank();
        }
        if (d.signedOffOn() != null) {
            assertThat(o.acceptedOn()).as("signed off after acceptance").isNotNull();
            assertThat(d.signedOffOn()).isAfterOrEqualTo(o.acceptedOn());
        }
        assertThat(h.status().isOpen() || h.status() == HazardStatus.CLOSED || d.dispositionReason() != null)
                .isTrue();
    }
}
