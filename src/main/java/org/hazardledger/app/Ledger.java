package org.hazardledger.app;

import java.nio.file.Path;
import java.time.Clock;
import org.hazardledger.exchange.ExchangeDesk;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.report.FormSources;
import org.hazardledger.report.ReportService;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.ArchiveService;
import org.hazardledger.service.Actor;
import org.hazardledger.service.UserSession;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.CampaignServices;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.LedgerTransferService;
import org.hazardledger.service.ExchangeKeyService;
import org.hazardledger.service.ExchangeRecordsService;
import org.hazardledger.service.FederationService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.MajorHazardService;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.PasswordHasher;
import org.hazardledger.service.ReferenceDataService;
import org.hazardledger.service.RiskRegisterService;
import org.hazardledger.service.ReminderService;
import org.hazardledger.service.RoundService;
import org.hazardledger.service.SetupService;
import org.hazardledger.service.StatisticsService;
import org.hazardledger.service.UnionService;
import org.hazardledger.store.IdGenerator;
import org.hazardledger.store.LedgerDatabase;
import org.hazardledger.store.Store;

/** The composition root of one open ledger: the database and every service over it. */
final class Ledger implements AutoCloseable {

    private final LedgerDatabase database;
    private final HazardService hazards;
    private final OrganisationService organisation;
    private final ReferenceDataService referenceData;
    private final SetupService setup;
    private final ReportService reports;
    private final AuditService audit;
    private final AccountService accounts;
    private final MajorHazardService majorHazards;
    private final UnionService union;
    private final AttachmentService attachments;
    private final RiskRegisterService risks;
    private final RoundService rounds;
    private final ReminderService reminders;
    private final ArchiveService archives;
    private final StatisticsService statistics;
    private final ExchangeDesk exchange;
    private final CampaignServices campaign;
    private final LedgerSheetService sheets;
    private final LedgerTransferService transfer;

    private final UserSession session;

    private Ledger(LedgerDatabase database, Clock clock, Actor process) {
        this.database = database;
        this.session = new UserSession(process);
        Store store = new Store(database, new IdGenerator(), clock);
        PasswordHasher hasher = new PasswordHasher();
        this.hazards = new HazardService(store, session);
        this.organisation = new OrganisationService(store, session);
        this.referenceData = new ReferenceDataService(store);
        this.setup = new SetupService(store, session, hasher);
        this.audit = new AuditService(store);
        this.accounts = new AccountService(store, hasher);
        this.majorHazards = new MajorHazardService(store, session);
        this.union = new UnionService(store, session);
        this.attachments = new AttachmentService(store, session);
        this.risks = new RiskRegisterService(store, session);
        this.rounds = new RoundService(store, session);
        this.reminders = new ReminderService(store, session, rounds);
        this.archives = new ArchiveService(store, session, rounds);
        this.statistics = new StatisticsService(store);
        this.campaign = CampaignServices.over(store, session, statistics);
        this.sheets = new LedgerSheetService(store, session);
        this.transfer = new LedgerTransferService(store);
        this.exchange = ExchangeDesk.over(new ExchangeRecordsService(store, session),
                new ExchangeKeyService(store, session), new FederationService(store, session), database.dataDir(), clock);
        this.reports = new ReportService(new FormSources(clock, hazards, audit, attachments, union, majorHazards,
                rounds, archives, organisation, statistics));
    }

    static Ledger open(Path dataDir, Clock clock, Actor actor) {
        return open(dataDir, null, clock, actor);
    }

    /** The ledger on {@code server}, or the embedded one in {@code dataDir} when it is null. */
    static Ledger open(Path dataDir, DatabaseServer server, Clock clock, Actor actor) {
        LedgerDatabase database = server == null ? LedgerDatabase.open(dataDir) : LedgerDatabase.open(dataDir, server);
        Ledger ledger = new Ledger(database, clock, actor);
        // ledgers set up before the holiday schedule shipped get it now, or clocks count holidays
        ledger.referenceData.loadMissingHolidays();
        // and those set up before inspection rounds (or before a shipped checklist) get the checklists
        ledger.referenceData.loadMissingChecklists();
        // and those set up before the major-hazard criteria library get it
        ledger.referenceData.loadMissingCriteria();
        ledger.campaign.teams().loadMissingChecklist(); // and the team checklist (S06)
        return ledger;
    }

    Path dataDir() {
        return database.dataDir();
    }

    /** Where the ledger lives: its folder, or its server and user. */
    String location() {
        return database.location();
    }

    /** The ledger is on a PostgreSQL server (else in the data folder). */
    boolean onServer() {
        return database.engine() == org.hazardledger.store.Engine.POSTGRESQL;
    }

    /** Who is signed in at this desk. */
    UserSession session() {
        return session;
    }

    HazardService hazards() {
        return hazards;
    }

    OrganisationService organisation() {
        return organisation;
    }

    ReferenceDataService referenceData() {
        return referenceData;
    }

    SetupService setup() {
        return setup;
    }

    ReportService reports() {
        return reports;
    }

    AuditService audit() {
        return audit;
    }

    AccountService accounts() {
        return accounts;
    }

    MajorHazardService majorHazards() {
        return majorHazards;
    }

    UnionService union() {
        return union;
    }

    AttachmentService attachments() {
        return attachments;
    }

    RiskRegisterService risks() {
        return risks;
    }

    RoundService rounds() {
        return rounds;
    }

    ReminderService reminders() {
        return reminders;
    }

    ArchiveService archives() {
        return archives;
    }

    StatisticsService statistics() {
        return statistics;
    }

    ExchangeDesk exchange() {
        return exchange;
    }

    CampaignServices campaign() {
        return campaign;
    }

    LedgerSheetService sheets() {
        return sheets;
    }

    LedgerTransferService transfer() {
        return transfer;
    }

    @Override
    public void close() {
        database.close();
    }
}
