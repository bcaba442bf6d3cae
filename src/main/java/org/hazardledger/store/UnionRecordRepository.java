package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD_COUNTER;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD_HAZARD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.store.jooq.tables.records.UnionRecordRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The union's proposals and recommendations, and the hazards each concerns. */
public final class UnionRecordRepository {

    private final DSLContext dsl;
    private final Clock clock;

    UnionRecordRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The next free number of {@code year}: GH-yyyy-nnnn. */
    public String nextNumber(int year) {
        Integer last = dsl.select(UNION_RECORD_COUNTER.LAST_VALUE).from(UNION_RECORD_COUNTER)
                .where(UNION_RECORD_COUNTER.RECORD_YEAR.eq(year)).forUpdate()
                .fetchOne(UNION_RECORD_COUNTER.LAST_VALUE);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            dsl.insertInto(UNION_RECORD_COUNTER).set(UNION_RECORD_COUNTER.RECORD_YEAR, year)
                    .set(UNION_RECORD_COUNTER.LAST_VALUE, next).execute();
        } else {
            dsl.update(UNION_RECORD_COUNTER).set(UNION_RECORD_COUNTER.LAST_VALUE, next)
                    .where(UNION_RECORD_COUNTER.RECORD_YEAR.eq(year)).execute();
        }
        return UnionRecord.formatNumber(year, next);
    }

    public void insert(UnionRecord u) {
        UnionRecordRecord r = dsl.newRecord(UNION_RECORD);
        write(u, r);
        r.setCreatedAt(OffsetDateTime.ofInstant(u.createdAt(), clock.getZone()));
        r.setRevision(1);
        r.setChangeSeq(ChangeSequence.next(dsl));
        r.insert();
        for (UUID hazard : u.hazardIds()) {
            dsl.insertInto(UNION_RECORD_HAZARD).set(UNION_RECORD_HAZARD.UNION_RECORD_ID, u.id())
                    .set(UNION_RECORD_HAZARD.HAZARD_ID, hazard).execute();
        }
    }

    /** Saves the record if its revision still matches what was read; returns it with the new revision. */
    public UnionRecord update(UnionRecord u) {
        int updated = dsl.update(UNION_RECORD)
                .set(UNION_RECORD.ANSWER, u.answer())
                .set(UNION_RECORD.ANSWERED_ON, u.answeredOn())
                .set(UNION_RECORD.ANSWERED_BY, u.answeredBy())
                .set(UNION_RECORD.REVISION, u.revision() + 1)
                .set(UNION_RECORD.UPDATED_AT, OffsetDateTime.now(clock))
                .set(UNION_RECORD.CHANGE_SEQ, ChangeSequence.next(dsl))
                .where(UNION_RECORD.ID.eq(u.id()).and(UNION_RECORD.REVISION.eq(u.revision())))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException("error.union.stale", u.number());
        }
        return new UnionRecord(u.id(), u.revision() + 1, u.number(), u.kind(), u.issuerTier(), u.issuerUnitId(),
                u.issuedBy(), u.issuedOn(), u.deliveredOn(), u.findings(), u.recommendation(), u.replyDays(),
                u.hazardIds(), u.answer(), u.answeredOn(), u.answeredBy(), u.createdAt());
    }

    public Optional<UnionRecord> byId(UUID id) {
        List<UnionRecord> found = read(UNION_RECORD.ID.eq(id));
        return found.stream().findFirst();
    }

    /** The record numbered {@code number} (GH-yyyy-nnnn), if there is one. */
    public Optional<UnionRecord> byNumber(String number) {
        return read(UNION_RECORD.NUMBER.eq(number)).stream().findFirst();
    }

    /** The records {@code query} asks for, newest first. */
    public List<UnionRecord> list(UnionQuery query) {
        Condition c = DSL.trueCondition();
        if (query.openOnly()) {
            c = c.and(UNION_RECORD.ANSWERED_ON.isNull());
        }
        if (query.kind() != null) {
            c = c.and(UNION_RECORD.KIND.eq(query.kind().name()));
        }
        if (query.hazardId() != null) {
            c = c.and(UNION_RECORD.ID.in(DSL.select(UNION_RECORD_HAZARD.UNION_RECORD_ID).from(UNION_RECORD_HAZARD)
                    .where(UNION_RECORD_HAZARD.HAZARD_ID.eq(query.hazardId()))));
        }
        return read(c);
    }

    /** The numbers of the given hazards, by id. */
    public Map<UUID, String> hazardNumbers(List<UUID> hazardIds) {
        Map<UUID, String> numbers = new LinkedHashMap<>();
        dsl.select(HAZARD.ID, HAZARD.NUMBER).from(HAZARD).where(HAZARD.ID.in(hazardIds))
                .forEach(r -> numbers.put(r.value1(), r.value2()));
        return numbers;
    }

    private List<UnionRecord> read(Condition c) {
        List<UnionRecordRecord> rows = dsl.selectFrom(UNION_RECORD)
                .where(c.and(UNION_RECORD.DELETED.isFalse()))
                .orderBy(UNION_RECORD.ISSUED_ON.desc(), UNION_RECORD.NUMBER.desc())
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> links = new LinkedHashMap<>();
        // The link rows in hazard-number order, so each record lists its hazards the same way every time.
        dsl.select(UNION_RECORD_HAZARD.UNION_RECORD_ID, UNION_RECORD_HAZARD.HAZARD_ID)
                .from(UNION_RECORD_HAZARD).join(HAZARD).on(HAZARD.ID.eq(UNION_RECORD_HAZARD.HAZARD_ID))
                .where(UNION_RECORD_HAZARD.UNION_RECORD_ID.in(rows.stream().map(UnionRecordRecord::getId).toList()))
                .orderBy(HAZARD.NUMBER)
                .forEach(r -> links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return rows.stream().map(r -> toRecord(r, links.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static UnionRecord toRecord(UnionRecordRecord r, List<UUID> hazards) {
        return new UnionRecord(r.getId(), r.getRevision(), r.getNumber(), UnionRecordKind.valueOf(r.getKind()),
                r.getIssuerTier() == null ? null : Tier.valueOf(r.getIssuerTier()), r.getIssuerUnitId(),
                r.getIssuedBy(), r.getIssuedOn(), r.getDeliveredOn(), r.getFindings(), r.getRecommendation(),
                r.getReplyDays(), hazards, r.getAnswer(), r.getAnsweredOn(), r.getAnsweredBy(),
                r.getCreatedAt().toInstant());
    }

    private void write(UnionRecord u, UnionRecordRecord r) {
        r.setId(u.id());
        r.setNumber(u.number());
        r.setKind(u.kind().name());
        r.setIssuerTier(u.issuerTier() == null ? null : u.issuerTier().name());
        r.setIssuerUnitId(u.issuerUnitId());
        r.setIssuedBy(u.issuedBy());
        r.setIssuedOn(u.issuedOn());
        r.setDeliveredOn(u.deliveredOn());
        r.setFindings(u.findings());
        r.setRecommendation(u.recommendation());
        r.setReplyDays(u.replyDays());
        r.setAnswer(u.answer());
        r.setAnsweredOn(u.answeredOn());
        r.setAnsweredBy(u.answeredBy());
        r.setUpdatedAt(OffsetDateTime.now(clock));
    }
}
