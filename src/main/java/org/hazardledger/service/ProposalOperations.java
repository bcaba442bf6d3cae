package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.Person;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.model.ProposalStatus;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/**
 * The proposal use cases as steps inside a given transaction (service and demo alike): submit,
 * evaluate, adopt or not, implement, record the reward, link hazards. Each step is audited.
 */
final class ProposalOperations {

    static final String ENTITY = "proposal";
    /** Who evaluates: the safety office, the principal, the union (which runs the campaign), the admin. */
    static final Set<AccountRole> EVALUATORS = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL,
            AccountRole.UNION_MEMBER, AccountRole.ADMIN);
    /** Who decides on adoption, implementation and the reward: the enterprise’s side. */
    static final Set<AccountRole> DECIDERS = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL, AccountRole.ADMIN);

    private ProposalOperations() {
    }

    static Proposal submit(StoreSession s, Actor actor, ProposalDraft draft) {
        TrainingOperations.requireAccount(actor);
        List<FieldError> errors = new ArrayList<>(draft.validate(today(s)));
        Person proposer = null;
        if (draft.proposerId() != null) {
            proposer = s.people().byId(draft.proposerId()).filter(p -> !p.retired()).orElse(null);
            if (proposer == null) {
                errors.add(FieldError.of(ProposalDraft.PROPOSER, "validation.training.personUnknown"));
            }
        }
        List<Hazard> hazards = hazards(s, draft.hazardNumbers(), ProposalDraft.HAZARDS, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Proposal p = new Proposal(s.newId(), 1, s.proposals().nextNumber(draft.submittedOn().getYear()),
                draft.category(), draft.title().strip(), draft.content().strip(), proposer.id(), proposer.name(),
                draft.submittedOn(), ProposalStatus.SUBMITTED, null, null, null, null, null, null, null, null, null,
                hazards.stream().map(Hazard::id).toList(), hazards.stream().map(h -> h.number().toString()).toList(),
                actor.name());
        s.proposals().insert(p);
        s.events().append(actor.name(), ENTITY, p.id(), "SUBMIT", new EventPayload()
                .put("number", p.number()).put("category", p.category()).put("title", p.title())
                .put("content", p.content()).put("proposer", p.proposerId()).put("submittedOn", p.submittedOn())
                .put("hazards", String.join(",", p.hazardNumbers())).toJson());
        return p;
    }

    static Proposal evaluate(StoreSession s, Actor actor, UUID id, int revision, int score, String comment) {
        return evaluate(s, actor, id, revision, score, comment, today(s));
    }

    /** Evaluates on {@code on} (today for the service; an earlier day for the demo). */
    static Proposal evaluate(StoreSession s, Actor actor, UUID id, int revision, int score, String comment,
                             LocalDate on) {
        requireRole(actor, EVALUATORS, "error.proposal.evaluateRole");
        Proposal p = load(s, id, revision);
        if (!p.status().mayEvaluate()) {
            throw new DomainException("error.proposal.notEvaluable", p.number(), p.status().labelKey());
        }
        if (score < 0 || score > Proposal.SCORE_MAX) {
            throw new DomainException("error.proposal.scoreRange", score);
        }
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (clean != null && clean.length() > Proposal.COMMENT_MAX) {
            throw new DomainException("error.proposal.commentTooLong", Proposal.COMMENT_MAX);
        }
        Proposal saved = s.proposals().update(p.evaluated(actor.name(), on, score, clean));
        s.events().append(actor.name(), ENTITY, p.id(), "EVALUATE", new EventPayload()
                .put("number", p.number()).put("score", score).put("comment", clean)
                .change("status", p.status(), saved.status()).toJson());
        return saved;
    }

    static Proposal adopt(StoreSession s, Actor actor, UUID id, int revision, BigDecimal reward) {
        return adopt(s, actor, id, revision, reward, today(s));
    }

    static Proposal adopt(StoreSession s, Actor actor, UUID id, int revision, BigDecimal reward, LocalDate on) {
        requireRole(actor, DECIDERS, "error.proposal.decideRole");
        Proposal p = load(s, id, revision);
        requireDecidable(p);
        BigDecimal amount = reward == null ? null : checkReward(reward);
        Proposal saved = s.proposals().update(p.decided(ProposalStatus.ADOPTED, actor.name(), on, null, amount));
        s.events().append(actor.name(), ENTITY, p.id(), "ADOPT", new EventPayload()
                .put("number", p.number()).put("reward", amount == null ? null : amount.toPlainString())
                .change("status", p.status(), saved.status()).toJson());
        return saved;
    }

    static Proposal reject(StoreSession s, Actor actor, UUID id, int revision, String reason) {
        return reject(s, actor, id, revision, reason, today(s));
    }

    static Proposal reject(StoreSession s, Actor actor, UUID id, int revision, String reason, LocalDate on) {
        requireRole(actor, DECIDERS, "error.proposal.decideRole");
        Proposal p = load(s, id, revision);
        requireDecidable(p);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("error.proposal.reasonRequired", p.number());
        }
        if (reason.strip().length() > Proposal.COMMENT_MAX) {
            throw new DomainException("error.proposal.commentTooLong", Proposal.COMMENT_MAX);
        }
        Proposal saved = s.proposals().update(p.decided(ProposalStatus.NOT_ADOPTED, actor.name(), on,
                reason.strip(), null));
        s.events().append(actor.name(), ENTITY, p.id(), "NOT_ADOPT", new EventPayload()
                .put("number", p.number()).put("reason", saved.notAdoptedReason())
                .change("status", p.status(), saved.status()).toJson());
        return saved;
    }

    static Proposal implement(StoreSession s, Actor actor, UUID id, int revision, LocalDate on) {
        requireRole(actor, DECIDERS, "error.proposal.decideRole");
        Proposal p = load(s, id, revision);
        if (!p.status().mayImplement()) {
            throw new DomainException("error.proposal.notAdopted", p.number(), p.status().labelKey());
        }
        if (on == null) {
            throw new DomainException("error.proposal.implementedOnRequired");
        }
        if (on.isAfter(today(s))) {
            throw new DomainException("validation.campaign.dateFuture", on);
        }
        if (on.isBefore(p.decidedOn())) {
            throw new DomainException("error.proposal.implementedBeforeAdopted", on, p.decidedOn());
        }
        Proposal saved = s.proposals().update(p.implemented(on));
        s.events().append(actor.name(), ENTITY, p.id(), "IMPLEMENT", new EventPayload()
                .put("number", p.number()).put("implementedOn", on)
                .change("status", p.status(), saved.status()).toJson());
        return saved;
    }

    static Proposal reward(StoreSession s, Actor actor, UUID id, int revision, BigDecimal amount) {
        requireRole(actor, DECIDERS, "error.proposal.decideRole");
        Proposal p = load(s, id, revision);
        if (!p.status().mayReward()) {
            throw new DomainException("error.proposal.rewardNotAdopted", p.number(), p.status().labelKey());
        }
        if (amount == null) {
            throw new DomainException("error.proposal.rewardRequired");
        }
        BigDecimal clean = checkReward(amount);
        Proposal saved = s.proposals().update(p.rewarded(clean));
        s.events().append(actor.name(), ENTITY, p.id(), "REWARD", new EventPayload()
                .put("number", p.number())
                .change("reward", p.reward() == null ? null : p.reward().toPlainString(), clean.toPlainString())
                .toJson());
        return saved;
    }

    /** Replaces the hazards a proposal concerns with those numbered {@code numbers}. */
    static Proposal linkHazards(StoreSession s, Actor actor, UUID id, int revision, List<String> numbers) {
        TrainingOperations.requireAccount(actor);
        Proposal p = load(s, id, revision);
        List<FieldError> errors = new ArrayList<>();
        List<String> clean = numbers == null ? List.of() : numbers.stream().filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().toList();
        List<Hazard> hazards = hazards(s, clean, ProposalDraft.HAZARDS, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> hazardNumbers = hazards.stream().map(h -> h.number().toString()).toList();
        Proposal saved = s.proposals().update(p.linked(hazards.stream().map(Hazard::id).toList(), hazardNumbers));
        s.events().append(actor.name(), ENTITY, p.id(), "LINK_HAZARDS", new EventPayload()
                .put("number", p.number())
                .change("hazards", String.join(",", p.hazardNumbers()), String.join(",", hazardNumbers)).toJson());
        return s.proposals().byId(id).orElse(saved);
    }

    private static List<Hazard> hazards(StoreSession s, List<String> numbers, String field, List<FieldError> errors) {
        List<Hazard> hazards = new ArrayList<>();
        for (String number : numbers) {
            Optional<Hazard> h = s.hazards().byNumber(number.toUpperCase(java.util.Locale.ROOT));
            if (h.isEmpty()) {
                errors.add(FieldError.of(field, "validation.proposal.hazardUnknown", number));
            } else {
                hazards.add(h.get());
            }
        }
        return hazards;
    }

    private static BigDecimal checkReward(BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(Proposal.REWARD_MAX) > 0) {
            throw new DomainException("error.proposal.rewardRange", amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("error.proposal.rewardScale", amount.toPlainString());
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static void requireDecidable(Proposal p) {
        if (!p.status().mayDecide()) {
            throw new DomainException(p.status() == ProposalStatus.SUBMITTED ? "error.proposal.notEvaluated"
                    : "error.proposal.alreadyDecided", p.number(), p.status().labelKey());
        }
    }

    private static void requireRole(Actor actor, Set<AccountRole> roles, String key) {
        if (actor.role() == null || !roles.contains(actor.role())) {
            throw new DomainException(key, actor.role() == null ? "accountRole.none" : actor.role().labelKey());
        }
    }

    private static Proposal load(StoreSession s, UUID id, int revision) {
        Proposal p = s.proposals().byId(id).orElseThrow(() -> new DomainException("error.proposal.notFound"));
        if (p.revision() != revision) {
            throw new StaleRecordException("error.proposal.stale", p.number());
        }
        return p;
    }

    private static LocalDate today(StoreSession s) {
        return LedgerDay.china().today(s.clock());
    }
}
