package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.PROPOSAL;
import static org.hazardledger.store.jooq.Tables.PROPOSAL_COUNTER;
import static org.hazardledger.store.jooq.Tables.PROPOSAL_HAZARD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalCategory;
import org.hazardledger.model.ProposalStatus;
import org.hazardledger.store.jooq.tables.records.ProposalRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Rationalisation proposals and small innovations (小建议、小发明、小创造、小革新). */
public final class ProposalRepository {

    private final DSLContext dsl;
    private final Clock clock;

    ProposalRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The next free number of {@code year}: JY-yyyy-nnnn. */
    public String nextNumber(int year) {
        Integer last = dsl.select(PROPOSAL_COUNTER.LAST_VALUE).from(PROPOSAL_COUNTER)
                .where(PROPOSAL_COUNTER.RECORD_YEAR.eq(year)).forUpdate()
                .fetchOne(PROPOSAL_COUNTER.LAST_VALUE);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            dsl.insertInto(PROPOSAL_COUNTER).set(PROPOSAL_COUNTER.RECORD_YEAR, year)
                    .set(PROPOSAL_COUNTER.LAST_VALUE, next).execute();
        } else {
            dsl.update(PROPOSAL_COUNTER).set(PROPOSAL_COUNTER.LAST_VALUE, next)
                    .where(PROPOSAL_COUNTER.RECORD_YEAR.eq(year)).execute();
        }
        return Proposal.formatNumber(year, next);
    }

    public void insert(Proposal p) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProposalRecord r = dsl.newRecord(PROPOSAL);
        r.setId(p.id());
        r.setRevision(1);
        r.setCreatedAt(now);
        r.setNumber(p.number());
        r.setCategory(p.category().name());
        r.setTitle(p.title());
        r.setContent(p.content());
        r.setProposerId(p.proposerId());
        r.setSubmittedOn(p.submittedOn());
        r.setRecordedBy(p.recordedBy());
        write(p, r);
        r.setUpdatedAt(now);
        r.insert();
        writeLinks(p);
    }

    /** Saves the proposal if its revision still matches what was read; returns it with the new revision. */
    public Proposal update(Proposal p) {
        ProposalRecord r = dsl.newRecord(PROPOSAL);
        write(p, r);
        int updated = dsl.update(PROPOSAL)
                .set(PROPOSAL.STATUS, r.getStatus())
                .set(PROPOSAL.EVALUATOR, r.getEvaluator())
                .set(PROPOSAL.EVALUATED_ON, r.getEvaluatedOn())
                .set(PROPOSAL.SCORE, r.getScore())
                .set(PROPOSAL.EVALUATION_COMMENT, r.getEvaluationComment())
                .set(PROPOSAL.DECIDED_BY, r.getDecidedBy())
                .set(PROPOSAL.DECIDED_ON, r.getDecidedOn())
                .set(PROPOSAL.NOT_ADOPTED_REASON, r.getNotAdoptedReason())
                .set(PROPOSAL.IMPLEMENTED_ON, r.getImplementedOn())
                .set(PROPOSAL.REWARD_AMOUNT, r.getRewardAmount())
                .set(PROPOSAL.REVISION, p.revision() + 1)
                .set(PROPOSAL.UPDATED_AT, OffsetDateTime.now(clock))
                .where(PROPOSAL.ID.eq(p.id()).and(PROPOSAL.REVISION.eq(p.revision())))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException("error.proposal.stale", p.number());
        }
        dsl.deleteFrom(PROPOSAL_HAZARD).where(PROPOSAL_HAZARD.PROPOSAL_ID.eq(p.id())).execute();
        writeLinks(p);
        return p.withRevision(p.revision() + 1);
    }

    public Optional<Proposal> byId(UUID id) {
        return read(PROPOSAL.ID.eq(id)).stream().findFirst();
    }

    public Optional<Proposal> byNumber(String number) {
        return read(PROPOSAL.NUMBER.eq(number)).stream().findFirst();
    }

    /** All proposals, newest first. */
    public List<Proposal> list() {
        return read(org.jooq.impl.DSL.trueCondition());
    }

    /** The proposals linked to a hazard. */
    public List<Proposal> forHazard(UUID hazardId) {
        return read(PROPOSAL.ID.in(org.jooq.impl.DSL.select(PROPOSAL_HAZARD.PROPOSAL_ID).from(PROPOSAL_HAZARD)
                .where(PROPOSAL_HAZARD.HAZARD_ID.eq(hazardId))));
    }

    public int count() {
        return dsl.fetchCount(PROPOSAL, PROPOSAL.DELETED.isFalse());
    }

    private void writeLinks(Proposal p) {
        for (UUID hazard : p.hazardIds()) {
            dsl.insertInto(PROPOSAL_HAZARD).set(PROPOSAL_HAZARD.PROPOSAL_ID, p.id())
                    .set(PROPOSAL_HAZARD.HAZARD_ID, hazard).execute();
        }
    }

    private List<Proposal> read(Condition c) {
        var rows = dsl.select(PROPOSAL.fields()).select(PERSON.NAME).from(PROPOSAL)
                .leftJoin(PERSON).on(PERSON.ID.eq(PROPOSAL.PROPOSER_ID))
                .where(c.and(PROPOSAL.DELETED.isFalse()))
                .orderBy(PROPOSAL.SUBMITTED_ON.desc(), PROPOSAL.NUMBER.desc())
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> ids = new LinkedHashMap<>();
        Map<UUID, List<String>> numbers = new LinkedHashMap<>();
        dsl.select(PROPOSAL_HAZARD.PROPOSAL_ID, PROPOSAL_HAZARD.HAZARD_ID, HAZARD.NUMBER)
                .from(PROPOSAL_HAZARD).join(HAZARD).on(HAZARD.ID.eq(PROPOSAL_HAZARD.HAZARD_ID))
                .where(PROPOSAL_HAZARD.PROPOSAL_ID.in(rows.map(r -> r.get(PROPOSAL.ID))))
                .orderBy(HAZARD.NUMBER)
                .forEach(r -> {
                    ids.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    numbers.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value3());
                });
        return rows.map(r -> toProposal(r, ids.getOrDefault(r.get(PROPOSAL.ID), List.of()),
                numbers.getOrDefault(r.get(PROPOSAL.ID), List.of())));
    }

    private static Proposal toProposal(Record r, List<UUID> hazardIds, List<String> hazardNumbers) {
        return new Proposal(r.get(PROPOSAL.ID), r.get(PROPOSAL.REVISION), r.get(PROPOSAL.NUMBER),
                ProposalCategory.valueOf(r.get(PROPOSAL.CATEGORY)), r.get(PROPOSAL.TITLE), r.get(PROPOSAL.CONTENT),
                r.get(PROPOSAL.PROPOSER_ID), r.get(PERSON.NAME), r.get(PROPOSAL.SUBMITTED_ON),
                ProposalStatus.valueOf(r.get(PROPOSAL.STATUS)), r.get(PROPOSAL.EVALUATOR),
                r.get(PROPOSAL.EVALUATED_ON), r.get(PROPOSAL.SCORE), r.get(PROPOSAL.EVALUATION_COMMENT),
                r.get(PROPOSAL.DECIDED_BY), r.get(PROPOSAL.DECIDED_ON), r.get(PROPOSAL.NOT_ADOPTED_REASON),
                r.get(PROPOSAL.IMPLEMENTED_ON), r.get(PROPOSAL.REWARD_AMOUNT), hazardIds, hazardNumbers,
                r.get(PROPOSAL.RECORDED_BY));
    }

    private static void write(Proposal p, ProposalRecord r) {
        r.setStatus(p.status().name());
        r.setEvaluator(p.evaluator());
        r.setEvaluatedOn(p.evaluatedOn());
        r.setScore(p.score());
        r.setEvaluationComment(p.evaluationComment());
        r.setDecidedBy(p.decidedBy());
        r.setDecidedOn(p.decidedOn());
        r.setNotAdoptedReason(p.notAdoptedReason());
        r.setImplementedOn(p.implementedOn());
        r.setRewardAmount(p.reward());
    }
}
