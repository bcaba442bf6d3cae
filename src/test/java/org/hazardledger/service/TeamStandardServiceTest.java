package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.TeamAssessmentDraft;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.TeamResult;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamSectionKind;
import org.hazardledger.model.TeamSectionScore;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.model.Tier;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standardised safe teams: the checklist seed, self-assessments, pass or fail, the teams still short. */
class TeamStandardServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private TeamStandardService teams;
    private SmallEnterprise e;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        teams = ledger.campaign.teams();
        e = ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** Every item at its maximum, with {@code changes} applied. */
    private Map<String, Integer> points(Map<String, Integer> changes) {
        Map<String, Integer> out = new HashMap<>();
        for (TeamCheckItem i : teams.checklist()) {
            out.put(i.code(), i.maxPoints());
        }
        out.putAll(changes);
        return out;
    }

    private TeamAssessmentDraft draft(OrgUnit team, LocalDate day, Map<String, Integer> points) {
        return new TeamAssessmentDraft(team.id(), day, "李建国", points, null);
    }

    private void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                x -> assertThat(x.messageKey()).isEqualTo(key));
    }

    @Test
    void aNewLedgerHasTheSixAbilitiesAndTheFiveStandardisationsWorthOneHundred() {
        List<TeamCheckItem> items = teams.checklist();
        assertThat(items.stream().map(TeamCheckItem::sectionName).distinct()).containsExactly(
                "安全管理能力", "抵制“三违”能力", "安全操作能力", "隐患排查治理能力", "危险源管控能力", "应急处置能力",
                "安全责任全员化", "安全管理标准化", "操作规程标准化", "作业现场标准化", "安全检查标准化");
        assertThat(items.stream().filter(i -> i.sectionKind() == TeamSectionKind.ABILITY)
                .map(TeamCheckItem::sectionCode).distinct()).hasSize(6);
        assertThat(items.stream().mapToInt(TeamCheckItem::maxPoints).sum()).isEqualTo(100);
        assertThat(teams.loadMissingChecklist()).isZero();
    }

    @Test
    void aLedgerOpenedBeforeTheChecklistShippedGetsTheMissingItems() {
        int all = teams.checklist().size();
        ledger.close();
        LedgerSql.execute(dir, "DELETE FROM team_check_item WHERE section_code IN ('S4', 'S5')");
        ledger = new LedgerFixture(dir);
        teams = ledger.campaign.teams();
        assertThat(teams.checklist()).hasSize(all - 4);
        assertThat(teams.loadMissingChecklist()).isEqualTo(4);
        assertThat(teams.checklist()).hasSize(all);
        ledger.close();
        LedgerSql.execute(dir, "DELETE FROM team_check_item");
        ledger = new LedgerFixture(dir);
        teams = ledger.campaign.teams();
        assertThat(teams.checklist()).hasSize(all);
    }

    @Test
    void anAssessmentAtFullPointsPassesAndIsAudited() {
        TeamResult r = teams.assess(draft(e.team(), DAY, points(Map.of())));
        assertThat(r.total()).isEqualByComparingTo("100.0");
        assertThat(r.passed()).isTrue();
        assertThat(r.sections()).hasSize(11);
        List<EventLog.Event> events = ledger.store.transact(s -> s.events().forEntity(r.assessment().id()));
        assertThat(events).singleElement().satisfies(ev -> {
            assertThat(ev.action()).isEqualTo("ASSESS");
            assertThat(ev.entityType()).isEqualTo("team_assessment");
            assertThat(ev.payload()).contains("P1-W1-T1").contains("\"passed\":true");
        });
        assertThat(teams.teams()).singleElement().extracting(TeamRow::latest).isNotNull();
    }

    @Test
    void aWeakSectionFailsWithItsName() {
        TeamResult r = teams.assess(draft(e.team(), DAY, points(Map.of("A6-1", 0, "A6-2", 1, "A6-3", 1))));
        assertThat(r.total()).isEqualByComparingTo("92.0");
        assertThat(r.passed()).isFalse();
        assertThat(r.failingSections()).extracting(TeamSectionScore::sectionName).containsExactly("应急处置能力");
    }

    @Test
    void badInputIsRefusedAndNothingIsRecorded() {
        refused(() -> teams.assess(draft(e.workshop(), DAY, points(Map.of()))), "error.teams.notATeam");
        refused(() -> teams.assess(draft(e.team(), DAY, points(Map.of("A1-1", 5)))), "error.teams.pointsRange");
        refused(() -> teams.assess(draft(e.team(), DAY, points(Map.of("A1-1", -1)))), "error.teams.pointsRange");
        refused(() -> teams.assess(draft(e.team(), DAY, points(Map.of("Z9-9", 1)))), "error.teams.itemUnknown");
        Map<String, Integer> missing = points(Map.of());
        missing.remove("S5-2");
        refused(() -> teams.assess(draft(e.team(), DAY, missing)), "error.teams.itemMissing");
        refused(() -> teams.assess(draft(e.team(), LedgerFixture.TODAY.plusDays(1), points(Map.of()))),
                "error.teams.dateFuture");
        refused(() -> teams.assess(new TeamAssessmentDraft(e.team().id(), DAY, " ", points(Map.of()), null)),
                "error.teams.assessorRequired");
        assertThat(teams.history(e.team().id())).isEmpty();
    }

    @Test
    void unitHeadsAndUnionMembersAssessOnlyTeamsInTheirUnit() {
        OrgUnit otherWorkshop = ledger.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "储运车间");
        OrgUnit otherTeam = ledger.organisation.addUnit(otherWorkshop.id(), Tier.TEAM, "P1-W2-T1", "装卸班");
        ledger.signIn("班组长 (banzhang)", AccountRole.UNIT_HEAD, e.team());
        assertThat(teams.canAssess()).isTrue();
        teams.assess(draft(e.team(), DAY, points(Map.of())));
        refused(() -> teams.assess(draft(otherTeam, DAY, points(Map.of()))), "error.teams.outOfScope");
    }

    @Test
    void theTeamsStillShortAreThoseNotAssessedThisYearOrWhoseLatestFailed() {
        OrgUnit t2 = ledger.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T2", "乙班");
        OrgUnit t3 = ledger.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T3", "丙班");
        OrgUnit t4 = ledger.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T4", "丁班");
        // T1: failed earlier this year, then passed: not short
        teams.assess(draft(e.team(), LocalDate.of(2026, 3, 1), points(Map.of("S1-1", 0, "S1-2", 0))));
        teams.assess(draft(e.team(), DAY, points(Map.of())));
        // T2: passed, then failed in two sections
        teams.assess(draft(t2, LocalDate.of(2026, 2, 1), points(Map.of())));
        teams.assess(draft(t2, DAY, points(Map.of("S4-1", 0, "S4-2", 1, "A2-1", 0, "A2-2", 0))));
        // T3: passed last year only
        teams.assess(draft(t3, LocalDate.of(2025, 11, 20), points(Map.of())));
        // T4: never
        List<TeamShortfall> shortList = teams.stillShort();
        assertThat(shortList).extracting(s -> s.team().code(), TeamShortfall::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P1-W1-T2", TeamShortfall.Reason.FAILED),
                org.assertj.core.groups.Tuple.tuple("P1-W1-T3", TeamShortfall.Reason.NOT_ASSESSED_THIS_YEAR),
                org.assertj.core.groups.Tuple.tuple("P1-W1-T4", TeamShortfall.Reason.NOT_ASSESSED_THIS_YEAR));
        assertThat(shortList.get(0).failingSections()).extracting(TeamSectionScore::sectionName)
                .containsExactly("抵制“三违”能力", "作业现场标准化");
        assertThat(shortList.get(2).latest()).isNull();
        assertThat(teams.history(t2.id())).extracting(r -> r.assessment().assessedOn())
                .containsExactly(DAY, LocalDate.of(2026, 2, 1));
        assertThat(t4.tier()).isEqualTo(Tier.TEAM);
    }
}
