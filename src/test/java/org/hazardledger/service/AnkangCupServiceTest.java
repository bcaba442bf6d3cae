package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupHistoryEntry;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.CupStanding;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 安康杯: opening a period, criteria and weights, participants, scores, ranking, history, audit, refusals. */
class AnkangCupServiceTest {

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private AnkangCupService cup;
    private SmallEnterprise e;
    private OrgUnit w2;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        cup = ledger.campaign.ankangCup();
        e = ledger.initialiseSmall();
        w2 = ledger.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "储运车间");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private List<EventLog.Event> events(CupCompetition c) {
        return ledger.store.transact(s -> s.events().forEntity(c.id()));
    }

    @Test
    void aFirstCompetitionStartsFromTheShippedCriteriaAndEveryWorkshop() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        CupBoard b = cup.board(c.id());
        assertThat(b.criteria()).extracting(CupCriterion::code)
                .containsExactly("RECTIFY", "TRAINING", "DRILL", "ZERO_ACC", "SUPERVISE", "OCC_HEALTH");
        assertThat(b.criteria().stream().mapToInt(CupCriterion::weight).sum()).isEqualTo(100);
        assertThat(b.standings()).extracting(s -> s.unit().code()).containsExactly("P1-W1", "P1-W2");
        assertThat(events(c)).extracting(EventLog.Event::action).containsExactly("OPEN");
        assertThat(cup.competitions()).extracting(CupCompetition::id).containsExactly(c.id());
    }

    @Test
    void aPeriodIsOpenedOnceAndNeedsAName() {
        cup.open(CupPeriod.year(2026), "2026年度安康杯");
        assertThatThrownBy(() -> cup.open(CupPeriod.year(2026), "again"))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.periodExists"));
        assertThatThrownBy(() -> cup.open(CupPeriod.parse("2026-Q3"), " "))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.nameRequired"));
        assertThat(cup.competitions()).hasSize(1);
    }

    @Test
    void weightsNotSummingToOneHundredAreRefusedAndTheCriteriaKept() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        List<CupCriterion> before = cup.board(c.id()).criteria();
        assertThatThrownBy(() -> cup.saveCriteria(c.id(), List.of(new CupCriterion("A", "整改率", 50, 1),
                new CupCriterion("B", "培训", 40, 2))))
                .isInstanceOfSatisfying(DomainException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("error.cup.weightsNot100");
                    assertThat(x.args()).containsExactly(90);
                });
        assertThat(cup.board(c.id()).criteria()).isEqualTo(before);
        assertThat(events(c)).hasSize(1);
    }

    @Test
    void savingCriteriaDropsTheScoresOfRemovedOnesAndIsAudited() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        cup.score(c.id(), e.workshop().id(), "TRAINING", new BigDecimal("90"));
        cup.score(c.id(), e.workshop().id(), "RECTIFY", new BigDecimal("80"));
        CupBoard b = cup.saveCriteria(c.id(), List.of(new CupCriterion("RECTIFY", "隐患整改率", 70, 1),
                new CupCriterion("UNION", "工会监督", 30, 2)));
        assertThat(b.criteria()).extracting(CupCriterion::weight).containsExactly(70, 30);
        CupStanding first = b.standings().stream().filter(s -> s.unit().id().equals(e.workshop().id()))
                .findFirst().orElseThrow();
        assertThat(first.scores()).containsOnlyKeys("RECTIFY");
        assertThat(first.total()).isEqualByComparingTo("56.00");
        assertThat(events(c)).extracting(EventLog.Event::action).endsWith("SET_CRITERIA");
        assertThat(events(c).get(events(c).size() - 1).payload()).contains("scoresDropped").contains("UNION");
    }

    @Test
    void scoresOutOfRangeOrForUnknownCriteriaOrUnitsAreRefused() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        assertThatThrownBy(() -> cup.score(c.id(), e.workshop().id(), "RECTIFY", new BigDecimal("100.5")))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.scoreRange"));
        assertThatThrownBy(() -> cup.score(c.id(), e.workshop().id(), "RECTIFY", new BigDecimal("-1")))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.scoreRange"));
        assertThatThrownBy(() -> cup.score(c.id(), e.workshop().id(), "NOPE", BigDecimal.TEN))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.criterionUnknown"));
        assertThatThrownBy(() -> cup.score(c.id(), e.team().id(), "RECTIFY", BigDecimal.TEN))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.notParticipant"));
        assertThat(cup.board(c.id()).standings()).allSatisfy(s -> assertThat(s.scores()).isEmpty());
        assertThat(events(c)).hasSize(1);
    }

    @Test
    void theRankingSharesTiedRanksInUnitCodeOrder() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        cup.saveCriteria(c.id(), List.of(new CupCriterion("A", "整改率", 50, 1), new CupCriterion("B", "培训", 50, 2)));
        OrgUnit w3 = ledger.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W0", "机修车间");
        cup.setParticipants(c.id(), List.of(e.workshop().id(), w2.id(), w3.id()));
        cup.score(c.id(), w2.id(), "A", new BigDecimal("80"));
        cup.score(c.id(), w2.id(), "B", new BigDecimal("90"));     // 85
        cup.score(c.id(), e.workshop().id(), "A", new BigDecimal("90"));
        cup.score(c.id(), e.workshop().id(), "B", new BigDecimal("80")); // 85
        cup.score(c.id(), w3.id(), "A", new BigDecimal("100"));
        CupBoard b = cup.score(c.id(), w3.id(), "B", new BigDecimal("60")); // 80
        assertThat(b.standings()).extracting(s -> s.unit().code()).containsExactly("P1-W1", "P1-W2", "P1-W0");
        assertThat(b.standings()).extracting(CupStanding::rank).containsExactly(1, 1, 3);
        assertThat(events(c)).extracting(EventLog.Event::action).contains("SET_UNITS", "SCORE");
    }

    @Test
    void clearingAScoreIsAuditedAndAnUnchangedScoreIsNot() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        cup.score(c.id(), e.workshop().id(), "RECTIFY", new BigDecimal("85"));
        cup.score(c.id(), e.workshop().id(), "RECTIFY", new BigDecimal("85.0"));
        CupBoard b = cup.score(c.id(), e.workshop().id(), "RECTIFY", null);
        assertThat(b.standings().get(0).scores()).isEmpty();
        assertThat(events(c)).extracting(EventLog.Event::action).containsExactly("OPEN", "SCORE", "SCORE");
    }

    @Test
    void aLaterPeriodTakesOverTheCriteriaAndUnitsAndHistorySpansPeriods() {
        CupCompetition y25 = cup.open(CupPeriod.year(2025), "2025年度安康杯");
        cup.saveCriteria(y25.id(), List.of(new CupCriterion("A", "整改率", 100, 1)));
        cup.setParticipants(y25.id(), List.of(w2.id()));
        cup.score(y25.id(), w2.id(), "A", new BigDecimal("77.5"));
        CupCompetition y26 = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        CupBoard b = cup.board(y26.id());
        assertThat(b.criteria()).extracting(CupCriterion::code).containsExactly("A");
        assertThat(b.standings()).extracting(s -> s.unit().code()).containsExactly("P1-W2");
        assertThat(cup.history()).extracting(CupHistoryEntry::period, CupHistoryEntry::unitCode,
                        CupHistoryEntry::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CupPeriod.year(2025), "P1-W2", 1),
                        org.assertj.core.groups.Tuple.tuple(CupPeriod.year(2026), "P1-W2", 1));
        assertThat(cup.history().get(0).total()).isEqualByComparingTo("77.50");
    }

    @Test
    void onlyTheSafetySideAndTheEnterpriseUnionRunTheCompetition() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        ledger.signIn("车间主任 (zhuren)", AccountRole.UNIT_HEAD, e.workshop());
        assertThat(cup.canManage()).isFalse();
        assertThatThrownBy(() -> cup.score(c.id(), e.workshop().id(), "RECTIFY", BigDecimal.TEN))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.role"));
        ledger.signIn("分会 (fenhui)", AccountRole.UNION_MEMBER, e.workshop());
        assertThat(cup.canManage()).isFalse();
        ledger.signIn("工会主席 (gonghui)", AccountRole.UNION_MEMBER, null);
        assertThat(cup.canManage()).isTrue();
        cup.score(c.id(), e.workshop().id(), "RECTIFY", BigDecimal.TEN);
    }

    @Test
    void theRectificationCriterionCanBeScoredFromTheLedger() {
        CupCompetition c = cup.open(CupPeriod.year(2026), "2026年度安康杯");
        ledger.registerAssigned(e, java.time.LocalDate.of(2026, 6, 10));
        assertThat(cup.rectificationRates(c.id())).containsOnlyKeys(e.workshop().id());
        assertThat(cup.rectificationRates(c.id()).get(e.workshop().id())).isEqualByComparingTo("0.0");
        CupBoard b = cup.scoreRectificationRates(c.id());
        CupStanding w1 = b.standings().stream().filter(s -> s.unit().id().equals(e.workshop().id()))
                .findFirst().orElseThrow();
        assertThat(w1.scores()).containsOnlyKeys("RECTIFY");
        assertThat(events(c)).extracting(EventLog.Event::action).containsExactly("OPEN", "SCORE");
        cup.saveCriteria(c.id(), List.of(new CupCriterion("A", "整改率", 100, 1)));
        assertThatThrownBy(() -> cup.scoreRectificationRates(c.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.cup.criterionUnknown"));
    }
}
