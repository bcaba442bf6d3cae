package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.REWARD_FUND;
import static org.hazardledger.store.jooq.Tables.REWARD_PROPOSAL;
import static org.hazardledger.store.jooq.Tables.REWARD_SCALE;
import static org.hazardledger.store.jooq.Tables.REWARD_TOP_UP;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.RewardKind;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardStatus;
import org.hazardledger.model.RewardTopUp;
import org.hazardledger.store.jooq.tables.records.RewardProposalRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The reward fund, the scale, reward proposals, their approvals and payments (奖励). */
public final class RewardRepository {

    private final DSLContext dsl;
    private final Clock clock;

    RewardRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The budget of {@code year}'s fund, if one was set. */
    public Optional<BigDecimal> budget(int year) {
        return dsl.select(REWARD_FUND.BUDGET).from(REWARD_FUND).where(REWARD_FUND.FUND_YEAR.eq(year))
                .fetchOptional(REWARD_FUND.BUDGET);
    }

    /**
     * Locks {@code year}'s fund row until the transaction ends (creating it with budget 0 if missing), so
     * two approvals against the same fund are decided one after the other, never both on the old balance.
     */
    public void lockFund(int year, String by) {
        if (dsl.select(REWARD_FUND.FUND_YEAR).from(REWARD_FUND).where(REWARD_FUND.FUND_YEAR.eq(year)).forUpdate()
                .fetchOptional().isEmpty()) {
            // another session creating the row first is no error: the lock below waits for it
            dsl.insertInto(REWARD_FUND).set(REWARD_FUND.FUND_YEAR, year).set(REWARD_FUND.BUDGET, BigDecimal.ZERO)
                    .set(REWARD_FUND.UPDATED_AT, StoreTime.now(clock)).set(REWARD_FUND.UPDATED_BY, by)
                    .onDuplicateKeyIgnore().execute();
            dsl.select(REWARD_FUND.FUND_YEAR).from(REWARD_FUND).where(REWARD_FUND.FUND_YEAR.eq(year)).forUpdate()
                    .fetch();
        }
    }

    /** The revision of {@code year}'s fund row; 1 when there is none yet (a new row starts at 1). */
    public int fundRevision(int year) {
        return dsl.select(REWARD_FUND.REVISION).from(REWARD_FUND).where(REWARD_FUND.FUND_YEAR.eq(year))
                .fetchOptional(REWARD_FUND.REVISION).orElse(1);
    }

    /**
     * Sets {@code year}'s budget over the fund's revision as read.
     *
     * @throws StaleRecordException {@code error.reward.fundStale} when someone else set the budget since
     */
    public void setBudget(int year, int revision, BigDecimal budget, String by) {
        lockFund(year, by);
        int updated = dsl.update(REWARD_FUND).set(REWARD_FUND.BUDGET, budget)
                .set(REWARD_FUND.REVISION, REWARD_FUND.REVISION.plus(1))
                .set(REWARD_FUND.UPDATED_AT, StoreTime.now(clock))
                .set(REWARD_FUND.UPDATED_BY, by)
                .where(REWARD_FUND.FUND_YEAR.eq(year).and(REWARD_FUND.REVISION.eq(revision))).execute();
        if (updated == 0) {
            throw new StaleRecordException("error.reward.fundStale", String.valueOf(year));
        }
    }

    public void insertTopUp(RewardTopUp t) {
        lockFund(t.year(), t.addedBy());
        dsl.insertInto(REWARD_TOP_UP).set(REWARD_TOP_UP.ID, t.id()).set(REWARD_TOP_UP.FUND_YEAR, t.year())
                .set(REWARD_TOP_UP.AMOUNT, t.amount()).set(REWARD_TOP_UP.ADDED_ON, t.addedOn())
                .set(REWARD_TOP_UP.NOTE, t.note()).set(REWARD_TOP_UP.ADDED_BY, t.addedBy())
                .set(REWARD_TOP_UP.CREATED_AT, StoreTime.now(clock)).execute();
    }

    /** The top-ups of {@code year}, oldest first. */
    public List<RewardTopUp> topUps(int year) {
        return dsl.selectFrom(REWARD_TOP_UP).where(REWARD_TOP_UP.FUND_YEAR.eq(year))
                .orderBy(REWARD_TOP_UP.ADDED_ON, REWARD_TOP_UP.CREATED_AT)
                .fetch(r -> new RewardTopUp(r.getId(), r.getFundYear(), r.getAmount(), r.getAddedOn(), r.getNote(),
                        r.getAddedBy()));
    }

    /** The sum of the rewards of {@code year} in {@code status}: the paid amount for PAID, else the amount. */
    public BigDecimal total(int year, RewardStatus... status) {
        Field<BigDecimal> sum = DSL.sum(DSL.when(REWARD_PROPOSAL.STATUS.eq(RewardStatus.PAID.name()),
                REWARD_PROPOSAL.PAID_AMOUNT).otherwise(REWARD_PROPOSAL.AMOUNT));
        BigDecimal v = dsl.select(sum).from(REWARD_PROPOSAL).where(REWARD_PROPOSAL.FUND_YEAR.eq(year)
                .and(REWARD_PROPOSAL.STATUS.in(java.util.Arrays.stream(status).map(Enum::name).toList())))
                .fetchOne(sum);
        return RewardScale.money(v == null ? BigDecimal.ZERO : v);
    }

    /** The scale that holds in {@code year}: its own, or the latest earlier one's. */
    public Optional<RewardScale> scale(int year) {
        return dsl.selectFrom(REWARD_SCALE).where(REWARD_SCALE.SCALE_YEAR.le(year))
                .orderBy(REWARD_SCALE.SCALE_YEAR.desc()).limit(1)
                .fetchOptional(r -> new RewardScale(r.getGeneralA(), r.getGeneralB(), r.getGeneralC(),
                        r.getGeneralNone(), r.getMajor(), r.getSharePercent(), r.getShareFloor(), r.getShareCap()));
    }

    public void putScale(int year, RewardScale sc, String by) {
        var now = StoreTime.now(clock);
        dsl.mergeInto(REWARD_SCALE).using(DSL.selectOne()).on(REWARD_SCALE.SCALE_YEAR.eq(year))
                .whenMatchedThenUpdate()
                .set(REWARD_SCALE.GENERAL_A, sc.generalA()).set(REWARD_SCALE.GENERAL_B, sc.generalB())
                .set(REWARD_SCALE.GENERAL_C, sc.generalC()).set(REWARD_SCALE.GENERAL_NONE, sc.generalNone())
                .set(REWARD_SCALE.MAJOR, sc.major()).set(REWARD_SCALE.SHARE_PERCENT, sc.sharePercent())
                .set(REWARD_SCALE.SHARE_FLOOR, sc.floor()).set(REWARD_SCALE.SHARE_CAP, sc.cap())
                .set(REWARD_SCALE.UPDATED_AT, now).set(REWARD_SCALE.UPDATED_BY, by)
                .whenNotMatchedThenInsert(REWARD_SCALE.SCALE_YEAR, REWARD_SCALE.GENERAL_A, REWARD_SCALE.GENERAL_B,
                        REWARD_SCALE.GENERAL_C, REWARD_SCALE.GENERAL_NONE, REWARD_SCALE.MAJOR,
                        REWARD_SCALE.SHARE_PERCENT, REWARD_SCALE.SHARE_FLOOR, REWARD_SCALE.SHARE_CAP,
                        REWARD_SCALE.UPDATED_AT, REWARD_SCALE.UPDATED_BY)
                .values(year, sc.generalA(), sc.generalB(), sc.generalC(), sc.generalNone(), sc.major(),
                        sc.sharePercent(), sc.floor(), sc.cap(), now, by)
                .execute();
    }

    /** The next free number of {@code year}: JL-yyyy-nnnn. */
    public String nextNumber(int year) {
        String prefix = "JL-" + year + "-";
        String last = dsl.select(DSL.max(REWARD_PROPOSAL.NUMBER)).from(REWARD_PROPOSAL)
                .where(REWARD_PROPOSAL.NUMBER.startsWith(prefix)).fetchOne(0, String.class);
        int next = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        return RewardProposal.formatNumber(year, next);
    }

    public void insert(RewardProposal p) {
        RewardProposalRecord r = dsl.newRecord(REWARD_PROPOSAL);
        var now = StoreTime.now(clock);
        write(p, r);
        r.setId(p.id());
        r.setRevision(1);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.insert();
    }

    /** Saves the proposal if its revision still matches what was read; returns it with the new revision. */
    public RewardProposal update(RewardProposal p) {
        RewardProposalRecord r = dsl.newRecord(REWARD_PROPOSAL);
        write(p, r);
        r.setRevision(p.revision() + 1);
        r.setUpdatedAt(StoreTime.now(clock));
        int n = dsl.update(REWARD_PROPOSAL).set(r)
                .where(REWARD_PROPOSAL.ID.eq(p.id()).and(REWARD_PROPOSAL.REVISION.eq(p.revision()))).execute();
        if (n != 1) {
            throw new StaleRecordException("error.reward.stale", p.number());
        }
        return byId(p.id()).orElseThrow();
    }

    public Optional<RewardProposal> byId(UUID id) {
        return dsl.selectFrom(REWARD_PROPOSAL).where(REWARD_PROPOSAL.ID.eq(id))
                .fetchOptional(RewardRepository::toProposal);
    }

    /** The rewards of the fund year {@code year} (all years when null), newest first. */
    public List<RewardProposal> list(Integer year) {
        Condition c = year == null ? DSL.trueCondition() : REWARD_PROPOSAL.FUND_YEAR.eq(year);
        return dsl.selectFrom(REWARD_PROPOSAL).where(c).orderBy(REWARD_PROPOSAL.NUMBER.desc())
                .fetch(RewardRepository::toProposal);
    }

    /** The rewards proposed from {@code from} to {@code to} (both included). */
    public List<RewardProposal> proposedBetween(LocalDate from, LocalDate to) {
        return dsl.selectFrom(REWARD_PROPOSAL).where(REWARD_PROPOSAL.PROPOSED_ON.between(from, to))
                .orderBy(REWARD_PROPOSAL.NUMBER).fetch(RewardRepository::toProposal);
    }

    /** Whether a reward not rejected already exists for the hazard or the report. */
    public Optional<String> openFor(RewardKind kind, UUID targetId) {
        Condition target = kind == RewardKind.HAZARD_FINDER ? REWARD_PROPOSAL.HAZARD_ID.eq(targetId)
                : REWARD_PROPOSAL.REPORT_ID.eq(targetId);
        return dsl.select(REWARD_PROPOSAL.NUMBER).from(REWARD_PROPOSAL)
                .where(target.and(REWARD_PROPOSAL.STATUS.ne(RewardStatus.REJECTED.name())))
                .limit(1).fetchOptional(REWARD_PROPOSAL.NUMBER);
    }

    /** Hazards found from {@code from} to {@code to}, counted by the unit they were found in. */
    public Map<UUID, Integer> hazardsFoundByUnit(LocalDate from, LocalDate to) {
        return countHazards(HAZARD.UNIT_ID, from, to);
    }

    /** Hazards found from {@code from} to {@code to}, counted by their (named) finder. */
    public Map<UUID, Integer> hazardsFoundByFinder(LocalDate from, LocalDate to) {
        return countHazards(HAZARD.FINDER_ID, from, to);
    }

    private Map<UUID, Integer> countHazards(Field<UUID> by, LocalDate from, LocalDate to) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        dsl.select(by, DSL.count()).from(HAZARD)
                .where(HAZARD.FOUND_ON.between(from, to).and(HAZARD.DELETED.isFalse()).and(by.isNotNull()))
                .groupBy(by).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    private static void write(RewardProposal p, RewardProposalRecord r) {
        r.setNumber(p.number());
        r.setFundYear(p.fundYear());
        r.setKind(p.kind().name());
        r.setHazardId(p.hazardId());
        r.setPersonId(p.personId());
        r.setReportId(p.reportId());
        r.setPayee(p.payee());
        r.setUnitId(p.unitId());
        r.setBaseAmount(p.baseAmount());
        r.setSuggested(p.suggested());
        r.setAmount(p.amount());
        r.setChangeReason(p.changeReason());
        r.setGrounds(p.grounds());
        r.setStatus(p.status().name());
        r.setProposedBy(p.proposedBy());
        r.setProposedOn(p.proposedOn());
        r.setConcurredBy(p.concurredBy());
        r.setConcurredOn(p.concurredOn());
        r.setApprovedBy(p.approvedBy());
        r.setApprovedOn(p.approvedOn());
        r.setOverrideReason(p.overrideReason());
        r.setRejectedBy(p.rejectedBy());
        r.setRejectedOn(p.rejectedOn());
        r.setRejectReason(p.rejectReason());
        r.setPaidOn(p.paidOn());
        r.setPaidAmount(p.paidAmount());
        r.setPayMethod(p.payMethod());
        r.setVoucherNo(p.voucherNo());
        r.setPaidBy(p.paidBy());
    }

    private static RewardProposal toProposal(RewardProposalRecord r) {
        return new RewardProposal(r.getId(), r.getRevision(), r.getNumber(), r.getFundYear(),
                RewardKind.valueOf(r.getKind()), r.getHazardId(), r.getPersonId(), r.getReportId(), r.getPayee(),
                r.getUnitId(), r.getBaseAmount(), r.getSuggested(), r.getAmount(), r.getChangeReason(),
                r.getGrounds(), RewardStatus.valueOf(r.getStatus()), r.getProposedBy(), r.getProposedOn(),
                r.getConcurredBy(), r.getConcurredOn(), r.getApprovedBy(), r.getApprovedOn(), r.getOverrideReason(),
                r.getRejectedBy(), r.getRejectedOn(), r.getRejectReason(), r.getPaidOn(), r.getPaidAmount(),
                r.getPayMethod(), r.getVoucherNo(), r.getPaidBy());
    }
}
