package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalCategory;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.RewardFund;
import org.hazardledger.model.Rota;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.UnitEntry;
import org.hazardledger.store.LedgerDatabase;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users on one ledger (issue 10): A reads a record, B saves it, A saves what A read. A's save is
 * refused naming B, what B did and when; the ledger keeps B's version and nothing of A's, and the
 * audit chain stays intact. Runs on H2 here and on PostgreSQL in {@link PostgresConflictingSaveTest}.
 */
class ConflictingSaveTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;
    /** B signs in as the workshop's clerk on another desk. */
    private static final Actor B = new Actor("张三 (zhangsan)", AccountRole.CLERK, null, null);

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.atFixtureToday();
    private LedgerFixture ledger;
    private SmallEnterprise e;
    private UserSession desk;

    /** The ledger's database in {@code dataDir}: embedded H2 here. */
    protected LedgerDatabase database(Path dataDir) {
        return LedgerDatabase.open(dataDir);
    }

    @BeforeEach
    void open() {
        Path data = dir.resolve("ledger");
        ledger = new LedgerFixture(data, clock, database(data));
        e = ledger.initialiseSmall();
        desk = new UserSession(new Actor("process"));
        desk.signIn(B);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aStaleLifecycleActionNamesWhoChangedTheHazardWhenAndHowAndWritesNothingOfItsOwn() {
        Hazard seenByA = ledger.registerAssigned(e, TODAY.minusDays(3));
        clock.advance(Duration.ofMinutes(62));
        Hazard savedByB = new HazardService(ledger.store, desk).perform(seenByA.id(), seenByA.revision(),
                new HazardCommand.ReportRectified(TODAY, "已更换法兰垫片（张三）"));
        List<AuditEntry> trailAfterB = ledger.audit.history(seenByA.id());
        long chainAfterB = ledger.audit.verify().entriesChecked();
        clock.advance(Duration.ofMinutes(5));

        ConflictException refused = catchThrowableOfType(() -> ledger.hazards.perform(seenByA.id(),
                seenByA.revision(), new HazardCommand.Escalate("本班组无法更换，请车间处理")), ConflictException.class);

        assertThat(refused.messageKey()).isEqualTo("error.conflict.hazard");
        assertThat(refused.currentRevision()).isEqualTo(savedByB.revision());
        assertThat(refused.recordId()).contains(seenByA.id());
        ConflictException.LastChange last = refused.lastChange().orElseThrow();
        assertThat(last.actor()).isEqualTo(B.name());
        assertThat(last.action()).isEqualTo("REPORT_RECTIFIED");
        assertThat(last.at()).isEqualTo(LocalDateTime.of(2026, 6, 15, 10, 32));
        String number = seenByA.number().toString();
        assertThat(Messages.forLanguage("zh").describe(refused)).isEqualTo(
                "隐患 " + number + " 已被 张三 (zhangsan) 于 2026-06-15 10:32 修改（报告整改完成），您的修改未保存。");
        assertThat(Messages.forLanguage("en").describe(refused)).startsWith(
                "Hazard " + number + " was changed by 张三 (zhangsan) at 2026-06-15 10:32 (")
                .endsWith("); your change was not saved.");

        Hazard now = ledger.hazards.byId(seenByA.id()).orElseThrow();
        assertThat(now).isEqualTo(savedByB);
        assertThat(now.status()).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
        assertThat(now.handling().evidence()).isEqualTo("已更换法兰垫片（张三）");
        assertThat(now.handling().escalationReason()).isNull();
        assertThat(ledger.audit.history(seenByA.id())).isEqualTo(trailAfterB);
        assertThat(ledger.audit.verify().isIntact()).isTrue();
        assertThat(ledger.audit.verify().entriesChecked()).isEqualTo(chainAfterB);
    }

    @Test
    void aStaleLinkToARiskPointNamesTheLifecycleActionThatMovedTheHazard() {
        Hazard seenByA = ledger.hazards.register(e.leakingValve(TODAY.minusDays(1)));
        clock.advance(Duration.ofHours(1));
        new HazardService(ledger.store, desk).perform(seenByA.id(), seenByA.revision(),
                new HazardCommand.Assign(e.replaceGasket(TODAY.minusDays(1)), null));

        ConflictException refused = catchThrowableOfType(() -> ledger.risks.unlink(seenByA.id(), seenByA.revision()),
                ConflictException.class);

        assertThat(Messages.forLanguage("zh").describe(refused)).isEqualTo("隐患 " + seenByA.number()
                + " 已被 张三 (zhangsan) 于 2026-06-15 10:30 修改（下达整改（五定）），您的修改未保存。");
    }

    @Test
    void aChangeTheTrailDoesNotRecordIsRefusedWithoutNamingAnEarlierChanger() {
        Hazard seenByA = ledger.registerAssigned(e, TODAY.minusDays(3));
        clock.advance(Duration.ofHours(2));
        // A row written without its event (as no use case does): the trail cannot say who.
        ledger.store.transact(s -> s.hazards().update(seenByA));

        ConflictException refused = catchThrowableOfType(() -> ledger.hazards.perform(seenByA.id(),
                seenByA.revision(), new HazardCommand.Escalate("本班组无法处理")), ConflictException.class);

        assertThat(refused.lastChange()).isEmpty();
        assertThat(refused.messageKey()).isEqualTo("error.stale");
        assertThat(refused.currentRevision()).isEqualTo(seenByA.revision() + 1);
    }

    @Test
    void aStaleRenameOfAUnitNamesWhoRenamedItFirst() {
        UnitEntry seenByA = ledger.organisation.unitEntries().stream()
                .filter(u -> u.unit().id().equals(e.team().id())).findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(15));
        new OrganisationService(ledger.store, desk).renameUnit(seenByA.unit().id(), seenByA.revision(), "甲班（新）");

        ConflictException refused = catchThrowableOfType(() -> ledger.organisation.renameUnit(seenByA.unit().id(),
                seenByA.revision(), "一班"), ConflictException.class);

        assertThat(Messages.forLanguage("zh").describe(refused))
                .isEqualTo("单位“甲班（新）”已被 张三 (zhangsan) 于 2026-06-15 09:45 修改（改名），您的修改未保存。");
        assertThat(ledger.organisation.units()).filteredOn(u -> u.id().equals(e.team().id()))
                .extracting(u -> u.name()).containsExactly("甲班（新）");
    }

    @Test
    void aStaleEditOfAPersonNamesWhoEditedThemFirst() {
        PersonEntry seenByA = ledger.organisation.peopleOf(e.team().id()).get(0);
        clock.advance(Duration.ofMinutes(20));
        new OrganisationService(ledger.store, desk).retirePerson(seenByA.person().id(), seenByA.revision());

        ConflictException refused = catchThrowableOfType(() -> ledger.organisation.editPerson(
                seenByA.person().id(), seenByA.revision(), new PersonEdit(e.team().id(), "E0002", "李建国", seenByA.person().role(), true, null, null)),
                ConflictException.class);

        assertThat(Messages.forLanguage("zh").describe(refused))
                .isEqualTo("人员“李建国”已被 张三 (zhangsan) 于 2026-06-15 09:50 修改（离岗），您的修改未保存。");
    }

    @Test
    void aStaleProposalEvaluationSaysWhoEvaluatedItLastAndWhen() {
        Proposal seenByA = ledger.campaign.proposals().submit(new ProposalDraft(ProposalCategory.SMALL_INNOVATION,
                "进料阀加装防渗漏托盘", "在进料阀下方加装不锈钢托盘", e.worker().id(), TODAY, List.of()));
        ledger.signIn("工会主席 (gonghui)", AccountRole.UNION_MEMBER, null);
        desk.signIn(new Actor("李四 (lisi)", AccountRole.UNION_MEMBER, null, null));
        clock.advance(Duration.ofMinutes(10));
        Proposal evaluatedByB = new ProposalService(ledger.store, desk).evaluate(seenByA.id(), seenByA.revision(), 90,
                "效果好");

        ConflictException refused = catchThrowableOfType(() -> ledger.campaign.proposals().evaluate(seenByA.id(),
                seenByA.revision(), 60, "一般"), ConflictException.class);

        assertThat(Messages.forLanguage("zh").describe(refused)).isEqualTo("合理化建议 " + seenByA.number()
                + " 已被他人修改，请刷新后重试。 最近一次由 李四 (lisi) 于 2026-06-15 09:40 修改。");
        assertThat(Messages.forLanguage("en").describe(refused)).endsWith("Last changed by 李四 (lisi) at 2026-06-15 09:40.");
        assertThat(ledger.campaign.proposals().list()).singleElement().isEqualTo(evaluatedByB);
    }

    @Test
    void aStaleRoundRuleNamesWhoSavedTheRuleFirstAndTheLedgerKeepsTheirs() {
        RoundRule seenByA = ledger.rounds.rule(e.team().id());
        clock.advance(Duration.ofMinutes(20));
        RoundService deskB = new RoundService(ledger.store, desk);
        RoundRule firstByB = deskB.saveRule(new RoundRule(e.team().id(), InspectionFrequency.DAILY,
                new Rota(TODAY, "11110000"), false, null, seenByA.revision()));
        clock.advance(Duration.ofMinutes(5));

        // A saves the tier's default A read: B stored the unit's first rule meanwhile
        ConflictException refused = catchThrowableOfType(() -> ledger.rounds.saveRule(new RoundRule(e.team().id(),
                InspectionFrequency.DAILY, Rota.EVERY_DAY, true, null, seenByA.revision())), ConflictException.class);

        assertThat(refused.messageKey()).isEqualTo("error.roundRule.stale");
        assertThat(refused.lastChange().orElseThrow().actor()).isEqualTo(B.name());
        assertThat(Messages.forLanguage("zh").describe(refused)).isEqualTo(
                "“甲班”的巡查规则已被他人修改，请刷新后重试。 最近一次由 张三 (zhangsan) 于 2026-06-15 09:50 修改。");
        assertThat(ledger.rounds.rule(e.team().id())).isEqualTo(firstByB);

        // both read B's rule; B saves again; A's save over the same revision is refused the same way
        RoundRule readByA = ledger.rounds.rule(e.team().id());
        clock.advance(Duration.ofMinutes(10));
        RoundRule secondByB = deskB.saveRule(deskB.rule(e.team().id()).withRequiredFrom(TODAY));
        ConflictException again = catchThrowableOfType(() -> ledger.rounds.saveRule(
                new RoundRule(e.team().id(), InspectionFrequency.DAILY, Rota.EVERY_DAY, true, null,
                        readByA.revision())), ConflictException.class);

        assertThat(Messages.forLanguage("en").describe(again)).endsWith("Last changed by 张三 (zhangsan) at 2026-06-15 10:05.");
        assertThat(ledger.rounds.rule(e.team().id())).isEqualTo(secondByB);
        assertThat(secondByB.revision()).isEqualTo(2);
        assertThat(ledger.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aStaleRenameOfACompetitionNamesWhoRenamedItAndKeepsTheirName() {
        CupCompetition seenByA = ledger.campaign.ankangCup().open(CupPeriod.year(2026), "2026年度安康杯");
        clock.advance(Duration.ofMinutes(10));
        AnkangCupService deskB = new AnkangCupService(ledger.store, desk);
        deskB.rename(seenByA.id(), seenByA.revision(), "2026年度安康杯竞赛");
        clock.advance(Duration.ofMinutes(10));

        ConflictException refused = catchThrowableOfType(() -> ledger.campaign.ankangCup().rename(seenByA.id(),
                seenByA.revision(), "安康杯（2026）"), ConflictException.class);

        assertThat(Messages.forLanguage("zh").describe(refused)).isEqualTo(
                "安康杯竞赛“2026年度安康杯竞赛”已被他人修改，请刷新后重试。 最近一次由 张三 (zhangsan) 于 2026-06-15 09:40 修改。");
        assertThat(ledger.campaign.ankangCup().competitions()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("2026年度安康杯竞赛"))
                .satisfies(c -> assertThat(c.revision()).isEqualTo(2));
    }

    @Test
    void aStaleBudgetNamesWhoSetTheBudgetAndKeepsTheirs() {
        RewardFund seenByA = ledger.campaign.rewards().fund(2026);
        clock.advance(Duration.ofMinutes(15));
        RewardService deskB = new RewardService(ledger.store, desk);
        deskB.setBudget(2026, seenByA.revision(), new BigDecimal("30000"));
        deskB.topUp(2026, new BigDecimal("500"), TODAY, "工会追加");
        clock.advance(Duration.ofMinutes(5));

        ConflictException refused = catchThrowableOfType(() -> ledger.campaign.rewards().setBudget(2026,
                seenByA.revision(), new BigDecimal("20000")), ConflictException.class);

        assertThat(Messages.forLanguage("zh").describe(refused)).isEqualTo(
                "2026 年的奖励预算已被他人修改，请刷新后重试。 最近一次由 张三 (zhangsan) 于 2026-06-15 09:45 修改。");
        RewardFund now = ledger.campaign.rewards().fund(2026);
        assertThat(now.budget()).isEqualByComparingTo("30000");
        assertThat(now.topUps()).isEqualByComparingTo("500");
        assertThat(ledger.campaign.rewards().setBudget(2026, now.revision(), new BigDecimal("20000")).budget())
                .as("over the budget as it is now").isEqualByComparingTo("20000");
    }
}
