package org.hazardledger.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormSources;
import org.hazardledger.report.ReportService;
import org.hazardledger.exchange.ExchangeDesk;
import org.hazardledger.service.ExchangeKeyService;
import org.hazardledger.service.ExchangeRecordsService;
import org.hazardledger.service.FederationService;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.ArchiveService;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.Actor;
import org.hazardledger.service.UserSession;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.service.Argon2Cost;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.CampaignServices;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.MajorHazardService;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.PasswordHasher;
import org.hazardledger.service.ReferenceDataService;
import org.hazardledger.service.RoundService;
import org.hazardledger.service.SetupService;
import org.hazardledger.service.StatisticsService;
import org.hazardledger.service.UnionService;
import org.hazardledger.service.RiskRegisterService;
import org.hazardledger.store.IdGenerator;
import org.hazardledger.store.LedgerDatabase;
import org.hazardledger.store.Store;

/**
 * A real H2 ledger in a test's temporary folder, at a fixed "today" (2026-06-15, Shanghai), with
 * services wired as the composition root wires them.
 */
public final class LedgerFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public final Path dataDir;
    public final Clock clock;
    public final LedgerDatabase database;
    public final Store store;
    public final Actor actor = new Actor("tester");
    /** Signed in as a clerk (安全员) unless a test signs in as someone else ({@link #signIn}). */
    public final UserSession session = new UserSession(actor);
    public static final Actor CLERK = new Actor("测试安全员 (clerk)", AccountRole.CLERK, null, null);
    public final HazardService hazards;
    public final OrganisationService organisation;
    public final ReferenceDataService referenceData;
    public final SetupService setup;
    public final AuditService audit;
    public final AccountService accounts;
    public final MajorHazardService majorHazards;
    public final UnionService union;
    public final RoundService rounds;
    public final AttachmentService attachments;
    public final RiskRegisterService risks;
    public final ArchiveService archives;
    public final StatisticsService statistics;
    public final ReportService reports;
    public final ExchangeDesk exchange;
    /** Reports, rewards, training, 安康杯, teams, proposals and the statistics (S06). */
    public final CampaignServices campaign;
    /** The ledger as sheet lines: Excel export and import (S07). */
    public final LedgerSheetService sheets;
    /** Far below the default cost, so tests that log in stay fast. */
    public final PasswordHasher hasher = new PasswordHasher(CHEAP_HASHES);

    public static final Argon2Cost CHEAP_HASHES = new Argon2Cost(64, 1, 1);

    public LedgerFixture(Path dataDir) {
        this(dataDir, Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE));
    }

    public LedgerFixture(Path dataDir, Clock clock) {
        this(dataDir, clock, openDefault(dataDir));
    }

    /**
     * The embedded ledger in {@code dataDir}; or, with {@code -Dhazardledger.test.engine=postgresql},
     * one PostgreSQL database per folder (the same one when the folder is opened again), so that
     * the whole suite can be run on the server to find where the engines differ.
     */
    private static LedgerDatabase openDefault(Path dataDir) {
        if ("postgresql".equals(System.getProperty("hazardledger.test.engine"))) {
            DatabaseServer server = SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(),
                    d -> PostgresTestServer.freshDatabase());
            return LedgerDatabase.open(dataDir, server);
        }
        return LedgerDatabase.open(dataDir);
    }

    private static final java.util.Map<Path, DatabaseServer> SERVERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same ledger on a PostgreSQL server; {@code dataDir} keeps the attachments. */
    public LedgerFixture(Path dataDir, DatabaseServer server) {
        this(dataDir, Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE), LedgerDatabase.open(dataDir, server));
    }

    public LedgerFixture(Path dataDir, Clock clock, LedgerDatabase database) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.store = new Store(database, new IdGenerator(), clock);
        this.hazards = new HazardService(store, session);
        this.organisation = new OrganisationService(store, session);
        this.referenceData = new ReferenceDataService(store);
        this.setup = new SetupService(store, session, hasher);
        this.audit = new AuditService(store);
        this.accounts = new AccountService(store, hasher);
        this.majorHazards = new MajorHazardService(store, session);
        this.union = new UnionService(store, session);
        this.rounds = new RoundService(store, session);
        this.attachments = new AttachmentService(store, session);
        this.risks = new RiskRegisterService(store, session);
        this.archives = new ArchiveService(store, session, rounds);
        this.statistics = new StatisticsService(store);
        this.reports = new ReportService(new FormSources(clock, hazards, audit, attachments, union, majorHazards,
                rounds, archives, organisation, statistics));
        this.exchange = ExchangeDesk.over(new ExchangeRecordsService(store, session),
                new ExchangeKeyService(store, session), new FederationService(store, session), dataDir, clock);
        this.campaign = CampaignServices.over(store, session, statistics);
        this.sheets = new LedgerSheetService(store, session);
        session.signIn(CLERK);
    }

    /** Acts as {@code role} answering for {@code scopeUnit} (null: the whole enterprise) from now on. */
    public Actor signIn(String name, AccountRole role, OrgUnit scopeUnit) {
        Actor a = new Actor(name, role, null, scopeUnit == null ? null : scopeUnit.id());
        session.signIn(a);
        return a;
    }

    /** A small enterprise: one plant → workshop → team → post, and a worker, a team leader, a director. */
    public SmallEnterprise initialiseSmall() {
        setup.initialiseEmpty("测试化工有限公司", Industry.CHEMICALS);
        OrgUnit plant = organisation.addUnit(null, Tier.PLANT, "P1", "一厂");
        OrgUnit workshop = organisation.addUnit(plant.id(), Tier.WORKSHOP, "P1-W1", "合成车间");
        OrgUnit team = organisation.addUnit(workshop.id(), Tier.TEAM, "P1-W1-T1", "甲班");
        OrgUnit post = organisation.addUnit(team.id(), Tier.POST, "P1-W1-T1-01", "反应釜操作岗");
        Person worker = organisation.addPerson(post.id(), "E0001", "王小明", Role.WORKER);
        Person leader = organisation.addPerson(team.id(), "E0002", "李建国", Role.TEAM_LEADER);
        Person director = organisation.addPerson(workshop.id(), "E0003", "张伟", Role.WORKSHOP_DIRECTOR);
        return new SmallEnterprise(plant, workshop, team, post, worker, leader, director);
    }

    /** The units and people of {@link #initialiseSmall()}. */
    public record SmallEnterprise(OrgUnit plant, OrgUnit workshop, OrgUnit team, OrgUnit post, Person worker,
                                  Person leader, Person director) {

        /** A valid draft: a leaking valve found at the post by the worker, to be fixed by the team. */
        public HazardDraft leakingValve(LocalDate foundOn) {
            return new HazardDraft(
                    new Registration(post.id(), "2号反应釜进料阀", foundOn, worker.id(), false, HazardSource.POST_CHECK,
                            "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, "进料阀法兰处有渗漏，地面有物料积液"),
                    new Grading(Grade.GENERAL, "B", null, null, Tier.TEAM));
        }

        /** The 五定 for {@link #leakingValve}: the team leader fixes it within ten days. */
        public Rectification replaceGasket(LocalDate foundOn) {
            return new Rectification("更换法兰垫片，清理积液", "设置警示标识，佩戴防护用品", leader.id(),
                    foundOn.plusDays(10), new BigDecimal("800.00"), "无渗漏，地面清洁", director.id());
        }
    }

    /** Registers {@link SmallEnterprise#leakingValve} and assigns its rectification. */
    public Hazard registerAssigned(SmallEnterprise e, LocalDate foundOn) {
        Hazard h = hazards.register(e.leakingValve(foundOn));
        return hazards.perform(h.id(), h.revision(), new HazardCommand.Assign(e.replaceGasket(foundOn), null));
    }

    @Override
    public void close() {
        database.close();
    }
}
