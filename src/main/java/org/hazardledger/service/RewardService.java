package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardFund;
import org.hazardledger.model.RewardKind;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardReport;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardTopUp;
import org.hazardledger.store.Store;

/**
 * Rewards (奖励) for workers who find hazards and for reports: the fund, the scale, proposals, approvals,
 * payments and the per-unit reports. Each public method is one transaction.
 * <p>Fund balance = budget + top-ups − paid − committed (approved, unpaid); approving or paying beyond it
 * is refused unless the principal overrides with a written reason (audited). See {@link RewardProposal}
 * for the state machine and who may take each step.
 */
public final class RewardService {

    private final Store store;
    private final UserSession session;

    public RewardService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Today in the ledger's time zone (the default fund year). */
    public LocalDate today() {
        return store.transact(RewardOperations::today);
    }

    public RewardFund fund(int year) {
        return store.transact(s -> RewardOperations.fund(s, year));
    }

    public List<RewardTopUp> topUps(int year) {
        return store.transact(s -> s.rewards().topUps(year));
    }

    /**
     * Sets a year's budget (clerk or principal) over the fund's {@code revision} as read; never below
     * what is paid and committed.
     *
     * @throws org.hazardledger.model.ConflictException {@code error.reward.fundStale} naming who set
     *         a budget last when someone did since the fund was read; nothing is written
     */
    public RewardFund setBudget(int year, int revision, BigDecimal budget) {
        return Conflicts.explained(() -> store.transact(s -> RewardOperations.setBudget(s, session.actor(), year,
                        revision, budget)),
                stale -> Conflicts.record(store, RewardOperations.FUND_ENTITY,
                        store.transact(RewardOperations::enterpriseId), "error.reward.fundStale",
                        RewardOperations.FUND_NOT_BUDGET, stale));
    }

    /** Adds money to a year's fund (clerk or principal), with the date and a note. */
    public RewardTopUp topUp(int year, BigDecimal amount, LocalDate addedOn, String note) {
        return store.transact(s -> RewardOperations.topUp(s, session.actor(), year, amount, addedOn, note));
    }

    /** The scale holding in {@code year} (its own, the latest earlier one, or the defaults). */
    public RewardScale scale(int year) {
        return store.transact(s -> RewardOperations.scale(s, year));
    }

    /** Sets the scale from {@code year} on (clerk or principal). */
    public RewardScale setScale(int year, RewardScale scale) {
        return store.transact(s -> RewardOperations.setScale(s, session.actor(), year, scale));
    }

    /** What the scale suggests this year for a hazard's finder or a report, with an optional base amount. */
    public BigDecimal suggest(RewardKind kind, UUID targetId, BigDecimal baseAmount) {
        return store.transact(s -> RewardOperations.suggest(s, kind, kind == RewardKind.HAZARD_FINDER ? targetId
                : null, kind == RewardKind.SAFETY_REPORT ? targetId : null, baseAmount,
                RewardOperations.today(s).getYear()));
    }

    /** Proposes a reward today (clerk or union member). */
    public RewardProposal propose(RewardDraft draft) {
        return store.transact(s -> RewardOperations.propose(s, session.actor(), draft, RewardOperations.today(s)));
    }

    /** The enterprise union concurs with a report reward. */
    public RewardProposal concur(UUID id, int revision) {
        return saved(id, () -> store.transact(s -> RewardOperations.concur(s, session.actor(), id, revision,
                RewardOperations.today(s))));
    }

    /** The principal approves; over the balance only with {@code override} and a written reason. */
    public RewardProposal approve(UUID id, int revision, boolean override, String overrideReason) {
        return saved(id, () -> store.transact(s -> RewardOperations.approve(s, session.actor(), id, revision, override,
                overrideReason, RewardOperations.today(s))));
    }

    public RewardProposal reject(UUID id, int revision, String reason) {
        return saved(id, () -> store.transact(s -> RewardOperations.reject(s, session.actor(), id, revision, reason,
                RewardOperations.today(s))));
    }

    /** Records the payment (clerk or principal); over the balance only with the principal's override. */
    public RewardProposal pay(UUID id, int revision, RewardPayment payment, boolean override, String overrideReason) {
        return saved(id, () -> store.transact(s -> RewardOperations.pay(s, session.actor(), id, revision, payment,
                override, overrideReason)));
    }

    /** A stale save of reward {@code id} is refused naming who saved it last and when. */
    private RewardProposal saved(UUID id, java.util.function.Supplier<RewardProposal> save) {
        return Conflicts.explained(save,
                stale -> Conflicts.record(store, RewardOperations.ENTITY, id, "error.reward.stale", stale));
    }

    /** The rewards of fund year {@code year} (all when null), newest first. */
    public List<RewardRow> list(Integer year) {
        return store.transact(s -> RewardOperations.rows(s, year));
    }

    /** Per unit and per payee, for rewards proposed and hazards found from {@code from} to {@code to}. */
    public RewardReport report(LocalDate from, LocalDate to) {
        return store.transact(s -> RewardOperations.report(s, from, to));
    }

    /** The hazard (YH-…) or safety report (JB-…) numbered {@code number}, for a proposal typed by number. */
    public java.util.Optional<UUID> targetId(RewardKind kind, String number) {
        String n = number == null ? "" : number.strip();
        return store.transact(s -> kind == RewardKind.HAZARD_FINDER
                ? s.hazards().byNumber(n.toUpperCase(java.util.Locale.ROOT)).map(h -> h.id())
                : s.safetyReports().list().stream().filter(r -> r.number().equalsIgnoreCase(n))
                        .map(org.hazardledger.model.SafetyReport::id).findFirst());
    }

    /** The signed-in role, for the page to offer the actions it may take. */
    public AccountRole role() {
        return session.actor().role();
    }

    /** Whether the signed-in user answers for the whole enterprise (an enterprise union member concurs). */
    public boolean enterpriseScope() {
        return session.actor().scopeUnitId() == null;
    }
}
