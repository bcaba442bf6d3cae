package org.hazardledger.store;

import java.time.Clock;
import java.util.UUID;
import org.jooq.DSLContext;

/** The repositories of one transaction. */
public final class StoreSession {

    private final DSLContext dsl;
    private final IdGenerator ids;
    private final Clock clock;
    private final AttachmentFiles files;
    private SearchIndex searchIndex;

    StoreSession(DSLContext dsl, IdGenerator ids, Clock clock, AttachmentFiles files) {
        this.dsl = dsl;
        this.ids = ids;
        this.clock = clock;
        this.files = files;
    }

    public UUID newId() {
        return ids.next();
    }

    public Clock clock() {
        return clock;
    }

    public SettingsRepository settings() {
        return new SettingsRepository(dsl);
    }

    public CatalogRepository catalogs() {
        return new CatalogRepository(dsl);
    }

    public OrganisationRepository organisation() {
        return new OrganisationRepository(dsl, clock);
    }

    public PersonRepository people() {
        return new PersonRepository(dsl, clock);
    }

    public HazardRepository hazards() {
        return new HazardRepository(dsl, clock, searchIndex());
    }

    /** The search index of this transaction, which gathers what it adds until {@link #beforeCommit}. */
    SearchIndex searchIndex() {
        if (searchIndex == null) {
            searchIndex = new SearchIndex(dsl);
        }
        return searchIndex;
    }

    /** Writes what the transaction's search index still holds. */
    void beforeCommit() {
        if (searchIndex != null) {
            searchIndex.flush();
        }
    }

    public AccountRepository accounts() {
        return new AccountRepository(dsl, clock);
    }

    public MajorHazardRepository majorHazards() {
        return new MajorHazardRepository(dsl, clock);
    }

    public UnionRecordRepository unionRecords() {
        return new UnionRecordRepository(dsl, clock);
    }

    public AttachmentRepository attachments() {
        return new AttachmentRepository(dsl, clock);
    }

    /** The data folder's file store (not transactional: a rolled-back row may leave a stored file behind). */
    public AttachmentFiles attachmentFiles() {
        return files;
    }

    public RiskRegisterRepository riskRegister() {
        return new RiskRegisterRepository(dsl, clock);
    }

    public RoundRepository rounds() {
        return new RoundRepository(dsl, clock);
    }

    public StatisticsRepository statistics() {
        return new StatisticsRepository(dsl, clock);
    }

    /** The exchange's OpenPGP keys (S05). */
    public ExchangeKeyRepository exchangeKeys() {
        return new ExchangeKeyRepository(dsl);
    }

    /** The exchange: this ledger's own rows as they travel in a records bundle (S05). */
    public TravellingRowRepository travellingRows() {
        return new TravellingRowRepository(dsl);
    }

    /** The exchange: the bundles written and applied (S05). */
    public BundleLogRepository bundleLog() {
        return new BundleLogRepository(dsl, clock);
    }

    /** The exchange: the records received from the other side, and conflicts between two edits (S05). */
    public ReceivedRecordRepository receivedRecords() {
        return new ReceivedRecordRepository(dsl, clock);
    }

    /** Federation mode: the consolidated reading of the records received across enterprises (S05). */
    public FederationRepository federation() {
        return new FederationRepository(dsl);
    }

    /** Federation mode: the notices the federation writes to its enterprises (S05). */
    public FederationNoticeRepository federationNotices() {
        return new FederationNoticeRepository(dsl, clock);
    }

    public EventLog events() {
        return new EventLog(dsl, ids, clock);
    }

    // S06, the campaign: one accessor per repository, each owned by one area

    public SafetyReportRepository safetyReports() {
        return new SafetyReportRepository(dsl, clock);
    }

    public RewardRepository rewards() {
        return new RewardRepository(dsl, clock);
    }

    public TrainingRepository training() {
        return new TrainingRepository(dsl, clock);
    }

    public AnkangCupRepository ankangCup() {
        return new AnkangCupRepository(dsl, clock);
    }

    public TeamStandardRepository teamStandards() {
        return new TeamStandardRepository(dsl, clock);
    }

    public ProposalRepository proposals() {
        return new ProposalRepository(dsl, clock);
    }
}
