package org.hazardledger.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.ReplyClock;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.store.Store;

/**
 * The union's voice on hazards (工会监督): written proposals and stop-production or evacuation
 * recommendations, the enterprise's answers and their clocks. Each public method is one transaction.
 */
public final class UnionService {

    private final Store store;
    private final UserSession session;

    public UnionService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** Issues a record as the signed-in union member, on hazards within the units it answers for. */
    public UnionRecord issue(UnionRecordDraft draft) {
        return store.transact(s -> UnionOperations.issue(s, session.actor(), draft));
    }

    /**
     * Records the enterprise's written answer as the signed-in clerk or principal; {@code revision}
     * is the one the user saw, so a concurrent answer is refused as stale, not overwritten.
     */
    public UnionRecord answer(UUID recordId, int revision, UnionAnswer answer) {
        return Conflicts.explained(() -> store.transact(s -> UnionOperations.answer(s, session.actor(),
                recordId, revision, answer)),
                stale -> Conflicts.record(store, UnionOperations.ENTITY, recordId, "error.union.stale", stale));
    }

    /** The records {@code query} asks for, newest first, with their clocks as of today. */
    public List<UnionRecordRow> list(UnionQuery query) {
        return store.transact(s -> UnionOperations.rows(s, query));
    }

    /**
     * The record numbered {@code number} (GH-2026-0001), with its clock as of today; empty if there is
     * no such record. For the printed forms, which are asked for by number.
     */
    public Optional<UnionRecordRow> record(String number) {
        return store.transact(s -> UnionOperations.row(s, number));
    }

    /** The union records concerning one hazard, for the hazard's detail pane. */
    public List<UnionRecordRow> forHazard(UUID hazardId) {
        return list(UnionQuery.forHazard(hazardId));
    }

    /** The reply period given to proposals issued now (15 working days unless configured). */
    public ReplyClock replyClock() {
        return store.transact(UnionOperations::replyClock);
    }

    /** Sets the reply period for proposals issued from now on (clerk, principal or admin). */
    public ReplyClock setReplyClock(int workingDays) {
        return store.transact(s -> UnionOperations.setReplyClock(s, session.actor(), workingDays));
    }

    /** Whether the signed-in user may issue union records (the page offers the button or not). */
    public boolean canIssue() {
        AccountRole role = session.actor().role();
        return role != null && UnionRecord.ISSUERS.contains(role);
    }

    /** Whether the signed-in user may answer union records. */
    public boolean canAnswer() {
        AccountRole role = session.actor().role();
        return role != null && UnionRecord.ANSWERERS.contains(role);
    }
}
