package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.ConsolidatedRecord;
import org.hazardledger.model.ConsolidatedUnionRecord;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.Store;

/**
 * Federation mode (总工会): the enterprises whose bundles it holds, consolidated views across them
 * ({@link ConsolidatedViews}), and the notices it sends back ({@link NoticeOperations}); on the
 * enterprise side, the notices received on a hazard. Each public method is one transaction.
 */
public final class FederationService {

    private final Store store;
    private final UserSession session;

    public FederationService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    // ---- notices (federation side) ----

    /** Federation side: the notices addressed to {@code enterpriseInstallation} changed within {@code range}. */
    public int collectFeedback(UUID enterpriseInstallation, ChangeRange range, Consumer<TravellingRecord> sink,
            Progress progress) {
        if (range.isEmpty()) {
            return 0;
        }
        return store.transact(s -> NoticeOperations.collectFeedback(s, enterpriseInstallation, range, sink,
                progress));
    }

    /**
     * Writes a notice to one enterprise (federation mode only): validated field by field, one change
     * of the sequence, revision 1, audited.
     *
     * @throws ValidationException       the fields refused, each at its field
     * @throws DomainException           {@code error.federation.only} in an enterprise's ledger
     */
    public FederationNotice issueNotice(NoticeDraft draft) {
        Actor actor = session.actor();
        return store.transact(s -> NoticeOperations.issue(s, actor, draft));
    }

    /**
     * Changes a notice already written; {@code revision} is the one the user read. The addressee
     * cannot change. Returns the notice with its next revision.
     *
     * @throws org.hazardledger.store.StaleRecordException {@code error.notice.stale} when someone
     *                                                      saved it in between
     */
    public FederationNotice reviseNotice(UUID id, int revision, NoticeDraft draft) {
        Actor actor = session.actor();
        return Conflicts.explained(() -> store.transact(s -> NoticeOperations.revise(s, actor, id, revision, draft)),
                stale -> Conflicts.record(store, NoticeOperations.ENTITY, id, "error.notice.stale", stale));
    }

    /** The notices written to one enterprise, newest first. */
    public List<FederationNotice> notices(UUID enterpriseInstallation) {
        return store.transact(s -> s.federationNotices().notices(enterpriseInstallation));
    }

    // ---- consolidated views (federation side) ----

    /** Every enterprise known here (by its bundles, records or key), by name, with its figures on {@code today}. */
    public List<EnterpriseOverview> enterprises(LocalDate today) {
        return store.transact(s -> ConsolidatedViews.enterprises(s, today));
    }

    /** The major hazards received, of one enterprise or all ({@code enterpriseInstallation} null); open ones only if asked. */
    public List<ConsolidatedHazard> majorHazards(UUID enterpriseInstallation, boolean openOnly) {
        return store.transact(s -> ConsolidatedViews.majorHazards(s, enterpriseInstallation, openOnly));
    }

    /** Every hazard received from one enterprise (for naming the hazard a notice concerns). */
    public List<ConsolidatedHazard> enterpriseHazards(UUID enterpriseInstallation) {
        return store.transact(s -> ConsolidatedViews.enterpriseHazards(s, enterpriseInstallation));
    }

    /** The major hazards listed for supervised rectification (挂牌督办): their received file has a listing date. */
    public List<ConsolidatedHazard> listedHazards() {
        return store.transact(ConsolidatedViews::listedHazards);
    }

    /** The hazards received open with their deadline before {@code today}, of every enterprise. */
    public List<ConsolidatedHazard> overdueHazards(LocalDate today) {
        return store.transact(s -> ConsolidatedViews.overdueHazards(s, today));
    }

    /** The union's stop-production and evacuation recommendations received, newest first per enterprise. */
    public List<ConsolidatedUnionRecord> stopProductionRecommendations() {
        return store.transact(ConsolidatedViews::stopProductionRecommendations);
    }

    /** The compliance records received, read generically (their fields as they travelled). */
    public List<ConsolidatedRecord> compliance() {
        return store.transact(s -> ConsolidatedViews.generic(s, RecordType.COMPLIANCE));
    }

    /** The campaign figures received, read generically (their fields as they travelled). */
    public List<ConsolidatedRecord> campaignFigures() {
        return store.transact(s -> ConsolidatedViews.generic(s, RecordType.CAMPAIGN_FIGURE));
    }

    // ---- enterprise side ----

    /** Enterprise side: the federation's notices on one of this ledger's hazards, newest first. */
    public List<FederationNotice> noticesOnHazard(UUID hazardId) {
        return store.transact(s -> NoticeOperations.newestFirst(s.federation().recordsOnHazard(
                RecordType.FEDERATION_NOTICE, hazardId)));
    }

    /** Enterprise side: every notice received from the federation (those on the whole enterprise too), newest first. */
    public List<FederationNotice> enterpriseNotices() {
        return store.transact(s -> NoticeOperations.newestFirst(s.federation().records(RecordType.FEDERATION_NOTICE,
                null)));
    }
}
