package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TierArchive;
import org.hazardledger.model.ValidationException;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.MutableClock;
import org.hazardledger.testing.TieredHazards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiered archive of May 2026 on a real ledger: the organisation is entered in April, rounds and
 * hazards of April to June are recorded on 15 June through the rounds and hazard services.
 */
class ArchiveServiceTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(
            LocalDate.of(2026, 4, 20).atTime(9, 0).atZone(LedgerFixture.ZONE).toInstant(), LedgerFixture.ZONE);
    private LedgerFixture f;
    private SmallEnterprise e;
    private OrgUnit team2;
    private OrgUnit otherTeam;
    private Person leader2;
    private ArchiveService archives;

    @BeforeEach
    void ledger() {
        f = new LedgerFixture(dir, clock);
        e = f.initialiseSmall();
        // 合成车间 has a second team; 精馏车间 / 丙班 lies outside it
        team2 = f.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T2", "乙班");
        leader2 = f.organisation.addPerson(team2.id(), "E0004", "陈静", Role.TEAM_LEADER);
        OrgUnit workshop2 = f.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "精馏车间");
        otherTeam = f.organisation.addUnit(workshop2.id(), Tier.TEAM, "P1-W2-T1", "丙班");
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.of(2026, 4, 20), LedgerFixture.TODAY)));
        archives = new ArchiveService(f.store, f.session, f.rounds);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void round(OrgUnit unit, Person inspector, LocalDate day) {
        Checklist c = f.rounds.checklistFor(unit.id());
        f.rounds.record(RoundDraft.allOk(unit.id(), day, List.of(inspector.id()), c));
    }

    @Test
    void theTeamArchiveOfAMonthHoldsExactlyTheTeamsOwnHazardsRoundsAndMisses() {
        // 甲班 inspects every day of May but the 10th and the 20th; 乙班 every day; 丙班 never.
        for (LocalDate d = MAY_1; !d.isAfter(MAY_31); d = d.plusDays(1)) {
            if (d.getDayOfMonth() != 10 && d.getDayOfMonth() != 20) {
                round(e.team(), e.leader(), d);
            }
            round(team2, leader2, d);
        }
        round(e.team(), e.leader(), LocalDate.of(2026, 4, 30));
        round(e.team(), e.leader(), LocalDate.of(2026, 6, 1));
        round(e.post(), e.worker(), LocalDate.of(2026, 5, 5));
        round(e.workshop(), e.director(), LocalDate.of(2026, 5, 6));

        TieredHazards th = new TieredHazards(f);
        // found in May at the team tier: rectified by a team, or found by a team's check
        Hazard valve = th.register(e.post(), e.worker(), LocalDate.of(2026, 5, 3), HazardSource.POST_CHECK,
                Tier.TEAM, "进料阀法兰渗漏");
        Hazard byTeamCheck = th.register(team2, leader2, LocalDate.of(2026, 5, 4), HazardSource.TEAM_CHECK,
                Tier.WORKSHOP, "乙班配电箱接地线松脱");
        // not the team tier's: a post fixes it, found by the post
        th.register(e.post(), e.worker(), LocalDate.of(2026, 5, 6), HazardSource.POST_CHECK, Tier.POST, "操作台杂物");
        // outside the workshop
        th.register(otherTeam, e.director(), LocalDate.of(2026, 5, 7), HazardSource.TEAM_CHECK, Tier.TEAM,
                "丙班消防通道堵塞");
        // found not to be a hazard
        Hazard rejected = th.register(e.team(), e.leader(), LocalDate.of(2026, 5, 9), HazardSource.TEAM_CHECK,
                Tier.TEAM, "疑似气体泄漏");
        f.hazards.perform(rejected.id(), rejected.revision(), new HazardCommand.RejectNotHazard("检测无泄漏"));
        // found in April, handled (signed off) in May
        Hazard april = th.assign(th.register(e.team(), e.leader(), LocalDate.of(2026, 4, 28),
                HazardSource.TEAM_CHECK, Tier.TEAM, "班组灭火器压力不足"), e.leader(), LocalDate.of(2026, 5, 10));
        th.handle(april, e.team(), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 9));
        // signed off in April, struck off in May: handled in April
        Hazard signedInApril = th.assign(th.register(e.team(), e.leader(), LocalDate.of(2026, 4, 21),
                HazardSource.TEAM_CHECK, Tier.TEAM, "通道堆放杂物"), e.leader(), LocalDate.of(2026, 4, 30));
        th.handle(signedInApril, e.team(), LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 2));
        // the May valve is signed off in June
        th.handle(th.assign(valve, e.leader(), LocalDate.of(2026, 6, 10)), e.team(), LocalDate.of(2026, 6, 2), null);

        TierArchive a = archives.archive(Tier.TEAM, e.workshop().id(), MAY_1, MAY_31);

        assertThat(a.unitName()).isEqualTo("合成车间");
        assertThat(a.found()).extracting(HazardRow::number)
                .containsExactly(valve.number().toString(), byTeamCheck.number().toString());
        assertThat(a.handled()).extracting(HazardRow::number).containsExactly(april.number().toString());
        assertThat(a.roundsHeld()).hasSize(29 + 31).allSatisfy(r -> {
            assertThat(r.tier()).isEqualTo(Tier.TEAM);
            assertThat(r.heldOn()).isBetween(MAY_1, MAY_31);
            assertThat(r.unitName()).isIn("甲班", "乙班");
        });
        assertThat(a.roundsHeld()).extracting(RoundRow::heldOn).isSorted();
        assertThat(a.roundsMissed()).extracting(ComplianceEntry::unitName, m -> m.period().from())
                .containsExactly(tuple("甲班", LocalDate.of(2026, 5, 10)), tuple("甲班", LocalDate.of(2026, 5, 20)));
        assertThat(a.compliance()).isEqualTo(new ComplianceSummary(29 + 31, 2, 0));

        TierArchive oneTeam = archives.archive(Tier.TEAM, team2.id(), MAY_1, MAY_31);
        assertThat(oneTeam.found()).extracting(HazardRow::number).containsExactly(byTeamCheck.number().toString());
        assertThat(oneTeam.roundsMissed()).isEmpty();
        assertThat(oneTeam.compliance()).isEqualTo(new ComplianceSummary(31, 0, 0));

        TierArchive enterprise = archives.archive(Tier.TEAM, null, MAY_1, MAY_31);
        assertThat(enterprise.unitName()).isEqualTo("测试化工有限公司");
        assertThat(enterprise.roundsMissed()).filteredOn(m -> m.unitName().equals("丙班")).hasSize(31);
    }

    @Test
    void aMissedHalfMonthAppearsOnceInTheArchivesThatCoverIt() {
        round(e.plant(), e.director(), LocalDate.of(2026, 5, 20));

        TierArchive may = archives.archive(Tier.PLANT, e.plant().id(), MAY_1, MAY_31);
        assertThat(may.roundsMissed()).singleElement().satisfies(m -> {
            assertThat(m.unitName()).isEqualTo("一厂");
            assertThat(m.period().from()).isEqualTo(MAY_1);
            assertThat(m.period().to()).isEqualTo(LocalDate.of(2026, 5, 15));
        });
        assertThat(may.compliance()).isEqualTo(new ComplianceSummary(1, 1, 0));
        assertThat(may.roundsHeld()).extracting(RoundRow::heldOn).containsExactly(LocalDate.of(2026, 5, 20));

        // the same month in three archives: the missed half-month is in the one holding its last day
        int missed = 0;
        for (LocalDate[] span : new LocalDate[][] {{MAY_1, LocalDate.of(2026, 5, 10)},
                {LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 20)}, {LocalDate.of(2026, 5, 21), MAY_31}}) {
            missed += archives.archive(Tier.PLANT, null, span[0], span[1]).roundsMissed().size();
        }
        assertThat(missed).isEqualTo(1);
    }

    @Test
    void aUnitBelowTheTierOrAReversedPeriodIsRefusedAtItsField() {
        assertThatThrownBy(() -> archives.archive(Tier.WORKSHOP, e.team().id(), MAY_1, MAY_31))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(x -> x.field(), x -> x.messageKey())
                        .containsExactly(tuple(TierArchive.UNIT, "validation.archive.unitBelowTier")));
        assertThatThrownBy(() -> archives.archive(Tier.TEAM, null, MAY_31, MAY_1))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(x -> x.field()).containsExactly(TierArchive.TO));
    }
}
