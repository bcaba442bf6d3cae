package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.store.Store;

/**
 * Rationalisation proposals and small innovations (小建议、小发明、小创造、小革新): evaluation,
 * adoption, reward, linked hazards. Each public method is one transaction. The reward amount is
 * recorded here only; paying it from the reward fund is the rewards area’s business.
 */
public final class ProposalService {

    private final Store store;
    private final UserSession session;

    public ProposalService(Store store, UserSession session) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Records a proposal on behalf of its proposer; numbered JY-yyyy-nnnn. */
    public Proposal submit(ProposalDraft draft) {
        return store.transact(s -> ProposalOperations.submit(s, session.actor(), draft));
    }

    /** Evaluates (score 0–100, comment); allowed until adoption is decided. */
    public Proposal evaluate(UUID id, int revision, int score, String comment) {
        return saved(id, () -> store.transact(s -> ProposalOperations.evaluate(s, session.actor(),
                id, revision, score, comment)));
    }

    /** Adopts an evaluated proposal, with the reward if it is already known (may be null). */
    public Proposal adopt(UUID id, int revision, BigDecimal reward) {
        return saved(id, () -> store.transact(s -> ProposalOperations.adopt(s, session.actor(), id, revision, reward)));
    }

    /** Does not adopt an evaluated proposal; the reason is required. */
    public Proposal reject(UUID id, int revision, String reason) {
        return saved(id, () -> store.transact(s -> ProposalOperations.reject(s, session.actor(),
                id, revision, reason)));
    }

    /** Records that an adopted proposal was put into practice on {@code on}. */
    public Proposal implement(UUID id, int revision, LocalDate on) {
        return saved(id, () -> store.transact(s -> ProposalOperations.implement(s, session.actor(), id, revision, on)));
    }

    /** Records (or corrects) the reward of an adopted or implemented proposal. */
    public Proposal reward(UUID id, int revision, BigDecimal amount) {
        return saved(id, () -> store.transact(s -> ProposalOperations.reward(s, session.actor(),
                id, revision, amount)));
    }

    /** Replaces the hazards the proposal concerns by their numbers. */
    public Proposal linkHazards(UUID id, int revision, List<String> hazardNumbers) {
        return saved(id, () -> store.transact(s -> ProposalOperations.linkHazards(s, session.actor(),
                id, revision, hazardNumbers)));
    }

    /** A stale save of proposal {@code id} is refused naming who saved it last and when. */
    private Proposal saved(UUID id, java.util.function.Supplier<Proposal> save) {
        return Conflicts.explained(save,
                stale -> Conflicts.record(store, ProposalOperations.ENTITY, id, "error.proposal.stale", stale));
    }

    /** All proposals, newest first. */
    public List<Proposal> list() {
        return store.transact(s -> s.proposals().list());
    }

    public Optional<Proposal> byNumber(String number) {
        return store.transact(s -> s.proposals().byNumber(number));
    }

    /** The proposals concerning a hazard. */
    public List<Proposal> forHazard(UUID hazardId) {
        return store.transact(s -> s.proposals().forHazard(hazardId));
    }

    public boolean canSubmit() {
        return session.actor().role() != null;
    }

    public boolean canEvaluate() {
        AccountRole role = session.actor().role();
        return role != null && ProposalOperations.EVALUATORS.contains(role);
    }

    public boolean canDecide() {
        AccountRole role = session.actor().role();
        return role != null && ProposalOperations.DECIDERS.contains(role);
    }
}
