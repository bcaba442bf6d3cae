package org.hazardledger.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hazardledger.model.TeamAssessmentDraft;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.TeamResult;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.store.Store;

/**
 * Standardised safe teams (安全生产标准化班组): self-assessments, scores, pass or fail, history, the
 * teams still short. A team passes with a total of at least {@link TeamResult#PASS_TOTAL} and every
 * section at {@link TeamResult#SECTION_MIN_PERCENT} per cent or more. Each public method is one transaction.
 */
public final class TeamStandardService {

    private final Store store;
    private final UserSession session;

    public TeamStandardService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Whether the signed-in user may record assessments (unit heads and union members: their units only). */
    public boolean canAssess() {
        return TeamStandardOperations.mayAssess(session.actor());
    }

    /** The checklist: the six abilities and the five -izations with their items and points. */
    public List<TeamCheckItem> checklist() {
        return store.transact(CampaignSeeds::ensureTeamChecklist);
    }

    /**
     * Loads the shipped check items a ledger lacks (made before they shipped, or items added in a
     * later release); items already there are left alone. Call once when the ledger opens.
     */
    public int loadMissingChecklist() {
        return store.transact(CampaignSeeds::loadMissingTeamItems);
    }

    /** Every team in use with its latest result. */
    public List<TeamRow> teams() {
        return store.transact(TeamStandardOperations::teams);
    }

    /** Records a self-assessment: every item of the checklist given 0 to its maximum points. */
    public TeamResult assess(TeamAssessmentDraft draft) {
        return store.transact(s -> TeamStandardOperations.assess(s, session.actor(), draft));
    }

    /** One team's assessments, latest first. */
    public List<TeamResult> history(UUID teamUnitId) {
        return store.transact(s -> TeamStandardOperations.history(s, teamUnitId));
    }

    /** The teams still short: none assessed this year, or the latest assessment failed. */
    public List<TeamShortfall> stillShort() {
        return store.transact(TeamStandardOperations::stillShort);
    }
}
