package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.CATALOG_ENTRY;
import static org.hazardledger.store.jooq.Tables.ENTERPRISE;
import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.HAZARD_NUMBER_COUNTER;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;
import static org.hazardledger.store.jooq.Tables.PERSON;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.Handling;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.LedgerPositions;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.store.jooq.tables.Person;
import org.hazardledger.store.jooq.tables.records.HazardRecord;
import org.jooq.Condition;
import org.hazardledger.store.jooq.Sequences;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The hazard ledger table. */
public final class HazardRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final SearchIndex search;
    /** Up to this many search hits are fetched by row number; above it, the ledger is scanned in order. */
    private static final int FETCH_BY_ROW_MAX = 5_000;
    /** Keys read by the first and the largest chunk of a walk through the ledger's order. */
    private static final int WALK_CHUNK_FIRST = 1_000;
    private static final int WALK_CHUNK_MAX = 64_000;
    private static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    HazardRepository(DSLContext dsl, Clock clock, SearchIndex search) {
        this.dsl = dsl;
        this.clock = clock;
        this.search = search;
    }

    /** The next free number in a month: YH-yyyy-MM-nnnn. */
    public HazardNumber nextNumber(YearMonth month) {
        String key = month.toString();
        Integer last = dsl.select(HAZARD_NUMBER_COUNTER.LAST_VALUE).from(HAZARD_NUMBER_COUNTER)
                .where(HAZARD_NUMBER_COUNTER.YEAR_MONTH.eq(key)).forUpdate()
                .fetchOne(HAZARD_NUMBER_COUNTER.LAST_VALUE);
        int next = last == null ? 1 : last + 1;
        if (last == null) {
            dsl.insertInto(HAZARD_NUMBER_COUNTER).set(HAZARD_NUMBER_COUNTER.YEAR_MONTH, key)
                    .set(HAZARD_NUMBER_COUNTER.LAST_VALUE, next).execute();
        } else {
            dsl.update(HAZARD_NUMBER_COUNTER).set(HAZARD_NUMBER_COUNTER.LAST_VALUE, next)
                    .where(HAZARD_NUMBER_COUNTER.YEAR_MONTH.eq(key)).execute();
        }
        return new HazardNumber(month, next);
    }

    /**
     * Every number the ledger holds, deleted rows included (the unique index covers them): an import
     * keeps a sheet's number only when it is free.
     */
    public Set<String> numbers() {
        return new HashSet<>(dsl.select(HAZARD.NUMBER).from(HAZARD).fetch(HAZARD.NUMBER));
    }

    /** The month counters behind the numbers: month to the last running number handed out. */
    public Map<YearMonth, Integer> counters() {
        Map<YearMonth, Integer> out = new HashMap<>();
        dsl.selectFrom(HAZARD_NUMBER_COUNTER)
                .forEach(r -> out.put(YearMonth.parse(r.getYearMonth()), r.getLastValue()));
        return out;
    }

    /**
     * Moves a month's counter to at least {@code lastValue}, so {@link #nextNumber} never hands out a
     * number up to it again (an imported sheet kept its own numbers); a counter already past it stays.
     */
    public void reserveNumbers(YearMonth month, int lastValue) {
        String key = month.toString();
        Integer last = dsl.select(HAZARD_NUMBER_COUNTER.LAST_VALUE).from(HAZARD_NUMBER_COUNTER)
                .where(HAZARD_NUMBER_COUNTER.YEAR_MONTH.eq(key)).forUpdate()
                .fetchOne(HAZARD_NUMBER_COUNTER.LAST_VALUE);
        if (last == null) {
            dsl.insertInto(HAZARD_NUMBER_COUNTER).set(HAZARD_NUMBER_COUNTER.YEAR_MONTH, key)
                    .set(HAZARD_NUMBER_COUNTER.LAST_VALUE, lastValue).execute();
        } else if (last < lastValue) {
            dsl.update(HAZARD_NUMBER_COUNTER).set(HAZARD_NUMBER_COUNTER.LAST_VALUE, lastValue)
                    .where(HAZARD_NUMBER_COUNTER.YEAR_MONTH.eq(key)).execute();
        }
    }

    /** What makes a hazard the same finding: the day, the unit, the place and the description. */
    public record ContentKey(LocalDate foundOn, UUID unitId, String place, String description, String number) {
    }

    /** The content keys of the hazards (not deleted) found between {@code from} and {@code to}, inclusive. */
    public List<ContentKey> contentKeys(LocalDate from, LocalDate to) {
        return dsl.select(HAZARD.FOUND_ON, HAZARD.UNIT_ID, HAZARD.PLACE, HAZARD.DESCRIPTION, HAZARD.NUMBER)
                .from(HAZARD)
                .where(HAZARD.DELETED.isFalse().and(HAZARD.FOUND_ON.between(from, to)))
                .fetch(r -> new ContentKey(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Inserts many hazards as they are (with their status, 五定 and outcome), in batches: an import.
     * Each takes the next change sequence value, as {@link #insert} does.
     */
    public void insertAll(UUID enterpriseId, List<Hazard> hazards) {
        if (hazards.isEmpty()) {
            return;
        }
        List<Long> seqs = ChangeSequence.next(dsl, hazards.size());
        List<Long> rowNos = dsl.nextvals(Sequences.HAZARD_ROW_SEQ, hazards.size());
        List<HazardRecord> records = new ArrayList<>(hazards.size());
        for (int i = 0; i < hazards.size(); i++) {
            Hazard h = hazards.get(i);
            HazardRecord r = dsl.newRecord(HAZARD);
            write(h, r);
            r.setEnterpriseId(enterpriseId);
            r.setCreatedAt(OffsetDateTime.ofInstant(h.createdAt(), clock.getZone()));
            r.setRevision(1);
            r.setChangeSeq(seqs.get(i));
            r.setRowNo(rowNos.get(i));
            records.add(r);
            search.add(rowNos.get(i), searchedFields(h));
        }
        BulkInsert.insert(dsl, HAZARD, records);
    }

    public void insert(UUID enterpriseId, Hazard h) {
        HazardRecord r = dsl.newRecord(HAZARD);
        write(h, r);
        r.setEnterpriseId(enterpriseId);
        r.setCreatedAt(OffsetDateTime.ofInstant(h.createdAt(), clock.getZone()));
        r.setRevision(1);
        r.setChangeSeq(ChangeSequence.next(dsl));
        long rowNo = dsl.nextval(Sequences.HAZARD_ROW_SEQ);
        r.setRowNo(rowNo);
        r.insert();
        search.add(rowNo, searchedFields(h));
    }

    /** What the ledger's search looks in: number, place and description. */
    private static String[] searchedFields(Hazard h) {
        return new String[] {h.number().toString(), h.registration().place(), h.registration().description()};
    }

    /**
     * Saves a changed hazard if nobody changed it since it was read (its revision still matches);
     * returns the hazard with its new revision.
     */
    public Hazard update(Hazard h) {
        var before = dsl.select(HAZARD.ROW_NO, HAZARD.NUMBER, HAZARD.PLACE, HAZARD.DESCRIPTION).from(HAZARD)
                .where(HAZARD.ID.eq(h.id())).fetchOne();
        HazardRecord r = dsl.newRecord(HAZARD);
        write(h, r);
        r.setRevision(h.revision() + 1);
        r.setChangeSeq(ChangeSequence.next(dsl));
        r.changed(HAZARD.ID, false);
        r.changed(HAZARD.CREATED_AT, false);
        r.changed(HAZARD.ENTERPRISE_ID, false);
        r.changed(HAZARD.DELETED, false);
        r.changed(HAZARD.ROW_NO, false);
        // One statement: the revision check and the write together (optimistic locking).
        int updated = dsl.update(HAZARD).set(r)
                .where(HAZARD.ID.eq(h.id()).and(HAZARD.REVISION.eq(h.revision())))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException(h.number().toString());
        }
        search.replace(before.value1(), new String[] {before.value2(), before.value3(), before.value4()},
                searchedFields(h));
        return new Hazard(h.id(), h.revision() + 1, h.number(), h.status(), h.registration(), h.grading(),
                h.rectification(), h.outcome(), h.handling(), h.createdAt(), r.getUpdatedAt().toInstant());
    }

    private void write(Hazard h, HazardRecord r) {
        r.setId(h.id());
        r.setNumber(h.number().toString());
        r.setStatus(h.status().name());
        r.setUpdatedAt(OffsetDateTime.now(clock));
        Registration reg = h.registration();
        r.setUnitId(reg.unitId());
        r.setPlace(reg.place());
        r.setFoundOn(reg.foundOn());
        r.setFinderId(reg.finderId());
        r.setAnonymous(reg.anonymous());
        r.setSource(reg.source().name());
        r.setCategory(reg.category());
        r.setHazardForm(reg.form().name());
        r.setDescription(reg.description());
        Grading g = h.grading();
        r.setGrade(g.grade().name());
        r.setSubGrade(g.subGrade());
        r.setMajorReason(nameOf(g.majorReason()));
        r.setRiskColour(nameOf(g.riskColour()));
        r.setRectifyingTier(g.rectifyingTier().name());
        MajorCriterionCitation c = g.citation();
        r.setMajorCriterionCode(c == null ? null : c.code());
        r.setMajorCriterionVersion(c == null ? null : c.version());
        r.setMajorCriterionOtherReason(c == null ? null : c.otherReason());
        Rectification x = h.rectification();
        r.setMeasures(x == null ? null : x.measures());
        r.setInterimSafeguards(x == null ? null : x.interimSafeguards());
        r.setResponsibleId(x == null ? null : x.responsibleId());
        r.setDeadline(x == null ? null : x.deadline());
        r.setFunds(x == null ? null : x.funds());
        r.setAcceptanceStandard(x == null ? null : x.acceptanceStandard());
        r.setAcceptorId(x == null ? null : x.acceptorId());
        Outcome o = h.outcome();
        r.setRectifiedOn(o.rectifiedOn());
        r.setAcceptanceResult(o.acceptanceResult());
        r.setAcceptedOn(o.acceptedOn());
        r.setClosedOn(o.closedOn());
        r.setRecheckerId(o.recheckerId());
        r.setRecheckedOn(o.recheckedOn());
        writeHandling(h.handling(), r);
    }

    private static void writeHandling(Handling d, HazardRecord r) {
        r.setRectificationPlan(d.plan());
        r.setPlanApprovedOn(d.planApprovedOn());
        r.setPlanApprovedBy(d.planApprovedBy());
        r.setEscalationReason(d.escalationReason());
        r.setEvidence(d.evidence());
        r.setAcceptedBy(d.acceptedBy());
        r.setAcceptanceRejection(d.acceptanceRejection());
        r.setSignedOffOn(d.signedOffOn());
        r.setSignedOffBy(d.signedOffBy());
        r.setSignedOffTier(nameOf(d.signedOffTier()));
        r.setSignOffNote(d.signOffNote());
        r.setClosedBy(d.closedBy());
        r.setRecheckResult(d.recheckResult());
        r.setDispositionReason(d.dispositionReason());
        r.setMergedInto(d.mergedInto() == null ? null : d.mergedInto().toString());
        r.setReopenCount(d.reopenCount());
    }

    private static Handling readHandling(HazardRecord r) {
        return new Handling(r.getRectificationPlan(), r.getPlanApprovedOn(), r.getPlanApprovedBy(),
                r.getEscalationReason(), r.getEvidence(), r.getAcceptedBy(), r.getAcceptanceRejection(),
                r.getSignedOffOn(), r.getSignedOffBy(),
                r.getSignedOffTier() == null ? null : Tier.valueOf(r.getSignedOffTier()), r.getSignOffNote(),
                r.getClosedBy(), r.getRecheckResult(), r.getDispositionReason(),
                r.getMergedInto() == null ? null : HazardNumber.parse(r.getMergedInto()), r.getReopenCount());
    }

    public Optional<Hazard> byId(UUID id) {
        return dsl.selectFrom(HAZARD).where(HAZARD.ID.eq(id).and(HAZARD.DELETED.isFalse()))
                .fetchOptional(HazardRepository::toHazard);
    }

    public Optional<Hazard> byNumber(String number) {
        return dsl.selectFrom(HAZARD).where(HAZARD.NUMBER.eq(number).and(HAZARD.DELETED.isFalse()))
                .fetchOptional(HazardRepository::toHazard);
    }

    static Hazard toHazard(HazardRecord r) {
        Registration reg = new Registration(r.getUnitId(), r.getPlace(), r.getFoundOn(), r.getFinderId(),
                r.getAnonymous(), HazardSource.valueOf(r.getSource()), r.getCategory(),
                HazardForm.valueOf(r.getHazardForm()), r.getDescription());
        Grading g = new Grading(Grade.valueOf(r.getGrade()), r.getSubGrade(),
                r.getMajorReason() == null ? null : MajorReason.valueOf(r.getMajorReason()),
                r.getRiskColour() == null ? null : RiskColour.valueOf(r.getRiskColour()),
                Tier.valueOf(r.getRectifyingTier()),
                r.getMajorCriterionCode() == null && r.getMajorCriterionOtherReason() == null ? null
                        : new MajorCriterionCitation(r.getMajorCriterionCode(), r.getMajorCriterionVersion(),
                                r.getMajorCriterionOtherReason()));
        Rectification x = r.getMeasures() == null && r.getResponsibleId() == null && r.getDeadline() == null
                ? null
                : new Rectification(r.getMeasures(), r.getInterimSafeguards(), r.getResponsibleId(),
                        r.getDeadline(), r.getFunds(), r.getAcceptanceStandard(), r.getAcceptorId());
        Outcome o = new Outcome(r.getRectifiedOn(), r.getAcceptanceResult(), r.getAcceptedOn(), r.getClosedOn(),
                r.getRecheckerId(), r.getRecheckedOn());
        return new Hazard(r.getId(), r.getRevision(), HazardNumber.parse(r.getNumber()),
                HazardStatus.valueOf(r.getStatus()), reg, g, x, o, readHandling(r), r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }

    // --- the ledger view -----------------------------------------------------------------------

    /**
     * One page of the ledger, newest first, after {@code cursor} (null for the first page).
     * {@code unitSubtree} holds the ids of the filter unit and all units below it (empty: no filter).
     */
    public LedgerPage page(HazardQuery q, Collection<UUID> unitSubtree, LocalDate today,
                           LedgerPage.PageCursor cursor, int limit) {
        List<HazardRow> rows = rowsAfter(q, unitSubtree, today, cursor, 0, limit + 1);
        LedgerPage.PageCursor next = null;
        if (rows.size() > limit) {
            rows = new ArrayList<>(rows.subList(0, limit));
            HazardRow last = rows.get(limit - 1);
            next = new LedgerPage.PageCursor(last.foundOn(), last.number());
        }
        return new LedgerPage(rows, next);
    }

    /**
     * As {@link #page}, but whole hazards (every field, for a sheet export): one page in the ledger's
     * order after {@code cursor}; one row more than {@code limit} is read to tell whether more follow.
     */
    public List<Hazard> fullPage(HazardQuery q, Collection<UUID> unitSubtree, LocalDate today,
                                 LedgerPage.PageCursor cursor, int limit) {
        var select = dsl.selectFrom(HAZARD).where(conditions(q, unitSubtree, today))
                .orderBy(HAZARD.FOUND_ON.desc(), HAZARD.NUMBER.desc());
        var limited = cursor == null
                ? select.limit(limit + 1)
                : select.seek(cursor.foundOn(), cursor.number()).limit(limit + 1);
        return limited.fetch(HazardRepository::toHazard);
    }

    /**
     * The rows of a query at {@code skip} rows after {@code anchor} (null: from the first row), at most
     * {@code limit}: a page at any offset, with {@link #positions}.
     */
    public List<HazardRow> rowsAfter(HazardQuery q, Collection<UUID> unitSubtree, LocalDate today,
                                     LedgerPage.PageCursor anchor, int skip, int limit) {
        SearchHits walked = walkable(q, unitSubtree, skip + limit);
        List<String> numbers = walked != null ? walkNumbers(walked, anchor, skip, limit)
                // The keys first, from an index that holds them and the filter's columns (V16): the rows
                // skipped and the filter are then never read whole; only the page's rows are.
                : dsl.select(HAZARD.NUMBER).from(HAZARD)
                        .where(conditions(q, unitSubtree, today).and(before(anchor)))
                        .orderBy(HAZARD.FOUND_ON.desc(), HAZARD.NUMBER.desc())
                        .offset(skip).limit(limit)
                        .fetch(HAZARD.NUMBER);
        return numbers.isEmpty() ? List.of()
                : rows(HAZARD.NUMBER.in(SqlConstants.of(numbers)).and(HAZARD.DELETED.isFalse()), today,
                        HAZARD.FOUND_ON.desc(), HAZARD.NUMBER.desc());
    }

    /** Keys after {@code anchor} in the ledger's order (newest first); none when the anchor is null. */
    private static Condition before(LedgerPage.PageCursor anchor) {
        return anchor == null ? DSL.noCondition()
                // The first bound is implied by the second, but gives H2 the index range to start
                // from; without it H2 walks the index from the newest row to the anchor.
                : HAZARD.FOUND_ON.le(anchor.foundOn()).and(HAZARD.FOUND_ON.lt(anchor.foundOn())
                        .or(HAZARD.FOUND_ON.eq(anchor.foundOn()).and(HAZARD.NUMBER.lt(anchor.number()))));
    }

    /**
     * The hits of a search alone (no other filter) when they are dense enough that walking the
     * ledger's order, testing each key against them, reaches {@code wanted} hits sooner than reading
     * and sorting every hit; null otherwise. A walked key costs about a quarter of a fetched hit (both
     * read from an index, measured at 100,000 hazards), so walk when wanted × rows / hits ≤ 4 × hits.
     */
    private SearchHits walkable(HazardQuery q, Collection<UUID> unitSubtree, long wanted) {
        SearchHits hits = searchOnly(q, unitSubtree);
        long n = hits == null ? 0 : hits.count();
        return n > 0 && wanted * dsl.fetchCount(HAZARD) <= 4 * n * n ? hits : null;
    }

    /** The hits of a query that is a search of up to 3 characters and nothing else; null for any other. */
    private SearchHits searchOnly(HazardQuery q, Collection<UUID> unitSubtree) {
        if (q.text() == null || !unitSubtree.isEmpty() || !q.withText(null).equals(HazardQuery.ALL)) {
            return null;
        }
        SearchHits hits = search.find(q.text());
        return hits.exact() ? hits : null;
    }

    /** The numbers of the hits at {@code skip} after {@code anchor}, at most {@code limit}. */
    private List<String> walkNumbers(SearchHits hits, LedgerPage.PageCursor anchor, int skip, int limit) {
        List<String> numbers = new ArrayList<>(limit);
        int[] matched = {0};
        walk(hits, anchor, (foundOn, number) -> {
            if (matched[0]++ >= skip) {
                numbers.add(number);
            }
            return numbers.size() < limit;
        });
        return numbers;
    }

    /** What a walk does with each hit it meets; false stops the walk. */
    private interface HitVisitor {
        boolean visit(LocalDate foundOn, String number);
    }

    /**
     * Walks the keys after {@code anchor} in the ledger's order through the found-date index (which
     * holds the row number, V16), in chunks so that the database stops early, and shows the hits
     * among them to {@code visitor} until it says stop.
     */
    private void walk(SearchHits hits, LedgerPage.PageCursor anchor, HitVisitor visitor) {
        LedgerPage.PageCursor from = anchor;
        int chunk = WALK_CHUNK_FIRST;
        while (true) {
            var keys = dsl.select(HAZARD.FOUND_ON, HAZARD.NUMBER, HAZARD.ROW_NO).from(HAZARD)
                    .where(HAZARD.DELETED.isFalse().and(before(from)))
                    .orderBy(HAZARD.FOUND_ON.desc(), HAZARD.NUMBER.desc())
                    .limit(chunk).fetch();
            for (var k : keys) {
                if (hits.contains(k.value3()) && !visitor.visit(k.value1(), k.value2())) {
                    return;
                }
            }
            if (keys.size() < chunk) {
                return;
            }
            var last = keys.get(keys.size() - 1);
            from = new LedgerPage.PageCursor(last.value1(), last.value2());
            chunk = Math.min(chunk * 4, WALK_CHUNK_MAX);
        }
    }

    /**
     * One pass over a query's keys in the ledger's order: the total and every {@code stride}-th key
     * (see {@link LedgerPositions}).
     */
    public LedgerPositions positions(HazardQuery q, Collection<UUID> unitSubtree, LocalDate today, int stride) {
        List<LedgerPage.PageCursor> anchors = new ArrayList<>();
        int[] total = {0};
        // Every hit is wanted: walk when reading them by row number costs more (see walkable) or when
        // they are too many for that and the ledger would be read whole instead.
        SearchHits hits = searchOnly(q, unitSubtree);
        if (hits != null && (hits.count() > FETCH_BY_ROW_MAX || 4L * hits.count() >= dsl.fetchCount(HAZARD))) {
            walk(hits, null, (foundOn, number) -> {
                if (++total[0] % stride == 0) {
                    anchors.add(new LedgerPage.PageCursor(foundOn, number));
                }
                return true;
            });
            return new LedgerPositions(total[0], stride, anchors);
        }
        try (var cursor = dsl.select(HAZARD.FOUND_ON, HAZARD.NUMBER).from(HAZARD)
                .where(conditions(q, unitSubtree, today))
                .orderBy(HAZARD.FOUND_ON.desc(), HAZARD.NUMBER.desc())
                .fetchSize(5_000)
                .fetchLazy()) {
            for (var r : cursor) {
                total[0]++;
                if (total[0] % stride == 0) {
                    anchors.add(new LedgerPage.PageCursor(r.value1(), r.value2()));
                }
            }
        }
        return new LedgerPositions(total[0], stride, anchors);
    }

    public int count(HazardQuery q, Collection<UUID> unitSubtree, LocalDate today) {
        if (q.equals(HazardQuery.ALL) && unitSubtree.isEmpty()) {
            return dsl.fetchCount(HAZARD) - tombstones();
        }
        if (q.text() != null) {
            SearchHits hits = search.find(q.text());
            if (hits.exact() && q.withText(null).equals(HazardQuery.ALL)) {
                return hits.count();
            }
            if (hits.count() > FETCH_BY_ROW_MAX) {
                return countCandidates(q.withText(null), unitSubtree, today, hits,
                        hits.exact() ? DSL.noCondition() : holds(q.text()));
            }
        }
        return dsl.fetchCount(dsl.selectOne().from(HAZARD).where(conditions(q, unitSubtree, today)));
    }

    /**
     * The total of a search with many hits (a longer query, or one with other filters): only the hits
     * are read and checked, a chunk of row numbers at a time, where a page scans the ledger in order
     * and stops (at a million hazards, 消防通道 counted by a scan of every row took over 10 s).
     */
    private int countCandidates(HazardQuery rest, Collection<UUID> unitSubtree, LocalDate today, SearchHits hits,
                                Condition holds) {
        Condition base = conditions(rest, unitSubtree, today).and(holds);
        long[] rowNos = hits.rowNos();
        int n = 0;
        for (int from = 0; from < rowNos.length; from += FETCH_BY_ROW_MAX) {
            List<Long> chunk = Arrays.stream(rowNos, from, Math.min(rowNos.length, from + FETCH_BY_ROW_MAX))
                    .boxed().toList();
            n += dsl.fetchCount(HAZARD, base.and(HAZARD.ROW_NO.in(SqlConstants.of(chunk))));
        }
        return n;
    }

    /**
     * The deleted hazards, few or none: H2 keeps the row count, so the total of all hazards is that
     * less these. An index led by {@code deleted} would find them at once, but H2 then takes it for
     * every query that says "not deleted" (it reckons a value of a column matches a hundred rows)
     * and sorts the whole ledger; (status, deleted) leads ix_hazard_status instead (V16), so a count
     * per status is a seek.
     */
    private int tombstones() {
        int n = 0;
        for (HazardStatus status : HazardStatus.values()) {
            n += dsl.fetchCount(HAZARD, HAZARD.STATUS.eq(status.name()).and(HAZARD.DELETED.isTrue()));
        }
        return n;
    }

    private Condition conditions(HazardQuery q, Collection<UUID> unitSubtree, LocalDate today) {
        List<Condition> c = new ArrayList<>();
        c.add(HAZARD.DELETED.isFalse());
        if (!q.statuses().isEmpty()) {
            c.add(HAZARD.STATUS.in(SqlConstants.of(q.statuses().stream().map(Enum::name).toList())));
        }
        if (q.rectifyingTier() != null) {
            c.add(HAZARD.RECTIFYING_TIER.eq(q.rectifyingTier().name()));
        }
        if (!q.anyOfTiers().isEmpty()) {
            c.add(HAZARD.RECTIFYING_TIER.in(SqlConstants.of(q.anyOfTiers().stream().map(Enum::name).toList())));
        }
        if (!unitSubtree.isEmpty()) {
            c.add(HAZARD.UNIT_ID.in(SqlConstants.of(unitSubtree)));
        }
        if (q.grade() != null) {
            c.add(HAZARD.GRADE.eq(q.grade().name()));
        }
        if (q.overdueOnly()) {
            c.add(HAZARD.STATUS.in(SqlConstants.of(openStatuses())).and(deadline().lt(today)));
        }
        if (q.text() != null) {
            c.add(textCondition(q.text()));
        }
        return DSL.and(c);
    }

    /**
     * Rows whose number, place or description holds {@code text} (any case). The search index names
     * the rows; when they are few they are fetched by row number, else the ledger is read in its own
     * order, where hits are dense enough to fill a page after a short scan (decision 0018).
     */
    private Condition textCondition(String text) {
        SearchHits hits = search.find(text);
        if (hits.isEmpty()) {
            return DSL.falseCondition();
        }
        Condition holds = holds(text);
        if (hits.count() > FETCH_BY_ROW_MAX) {
            return holds;
        }
        Condition rows = HAZARD.ROW_NO.in(SqlConstants.of(Arrays.stream(hits.rowNos()).boxed().toList()));
        return hits.exact() ? rows : rows.and(holds);
    }

    /** The number, place or description holds {@code text}, any case: the check of a longer query. */
    private static Condition holds(String text) {
        String like = "%" + SearchGrams.normalise(text).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return DSL.lower(HAZARD.NUMBER).like(like, '\\').or(DSL.lower(HAZARD.PLACE).like(like, '\\'))
                .or(DSL.lower(HAZARD.DESCRIPTION).like(like, '\\'));
    }

    // --- reminders and tiered archives ----------------------------------------------------------

    /** Open hazards in {@code units} (empty: all) due between {@code from} and {@code to}, soonest first. */
    public List<HazardRow> openDueBetween(Collection<UUID> units, LocalDate from, LocalDate to, LocalDate today) {
        return rows(inUnits(units).and(HAZARD.STATUS.in(SqlConstants.of(openStatuses())))
                        .and(deadline().between(from, to)),
                today, HAZARD.DEADLINE.asc(), HAZARD.NUMBER.asc());
    }

    /** Open hazards in {@code units} (empty: all) past their deadline on {@code today}, longest overdue first. */
    public List<HazardRow> overdue(Collection<UUID> units, LocalDate today) {
        return rows(inUnits(units).and(HAZARD.STATUS.in(SqlConstants.of(openStatuses()))).and(deadline().lt(today)),
                today, HAZARD.DEADLINE.asc(), HAZARD.NUMBER.asc());
    }

    /** Every open hazard past its deadline on {@code today}, whole, oldest deadline first: for escalation. */
    public List<Hazard> openPastDeadline(LocalDate today) {
        return dsl.selectFrom(HAZARD)
                .where(HAZARD.DELETED.isFalse().and(HAZARD.STATUS.in(SqlConstants.of(openStatuses())))
                        .and(deadline().lt(today)))
                .orderBy(HAZARD.DEADLINE.asc(), HAZARD.NUMBER.asc())
                .fetch(HazardRepository::toHazard);
    }

    /**
     * What a tier found in {@code units} (empty: all) between {@code from} and {@code to}: hazards
     * its own check brought to light or that it rectifies; neither a rejected one (not a hazard) nor a
     * merged duplicate. Oldest first.
     */
    public List<HazardRow> foundAtTier(Collection<UUID> units, Tier tier, HazardSource check, LocalDate from,
                                       LocalDate to, LocalDate today) {
        return rows(inUnits(units).and(HAZARD.FOUND_ON.between(from, to))
                        .and(HAZARD.RECTIFYING_TIER.eq(tier.name()).or(HAZARD.SOURCE.eq(check.name())))
                        .and(HAZARD.STATUS.notIn(HazardStatus.REJECTED.name(), HazardStatus.MERGED.name())),
                today, HAZARD.FOUND_ON.asc(), HAZARD.NUMBER.asc());
    }

    /**
     * What a tier handled in {@code units} (empty: all) between {@code from} and {@code to}: hazards it
     * rectifies whose rectification the union signed off in the period, or, never signed off, that
     * were struck off in it; still signed off or closed now. Oldest handled first.
     */
    public List<HazardRow> handledAtTier(Collection<UUID> units, Tier tier, LocalDate from, LocalDate to,
                                         LocalDate today) {
        var handledOn = DSL.coalesce(HAZARD.SIGNED_OFF_ON, HAZARD.CLOSED_ON);
        return rows(inUnits(units).and(HAZARD.RECTIFYING_TIER.eq(tier.name()))
                        .and(HAZARD.STATUS.in(SqlConstants.of(List.of(HazardStatus.SIGNED_OFF.name(),
                                HazardStatus.CLOSED.name()))))
                        .and(handledOn.between(from, to)),
                today, handledOn.asc(), HAZARD.NUMBER.asc());
    }

    /** The numbers of the hazards struck off (销号) between {@code from} and {@code to}, in the order closed. */
    public List<String> numbersClosedBetween(LocalDate from, LocalDate to) {
        return dsl.select(HAZARD.NUMBER).from(HAZARD)
                .where(HAZARD.DELETED.isFalse().and(HAZARD.STATUS.eq(HazardStatus.CLOSED.name()))
                        .and(HAZARD.CLOSED_ON.between(from, to)))
                .orderBy(HAZARD.CLOSED_ON.asc(), HAZARD.NUMBER.asc())
                .fetch(HAZARD.NUMBER);
    }

    /** The numbers of the hazards in {@code units} (empty: all) now in {@code status}, by number. */
    public List<String> numbersIn(Collection<UUID> units, HazardStatus status) {
        return dsl.select(HAZARD.NUMBER).from(HAZARD)
                .where(inUnits(units).and(HAZARD.STATUS.eq(status.name())))
                .orderBy(HAZARD.NUMBER.asc())
                .fetch(HAZARD.NUMBER);
    }

    private static Condition inUnits(Collection<UUID> units) {
        return units.isEmpty() ? HAZARD.DELETED.isFalse()
                : HAZARD.DELETED.isFalse().and(HAZARD.UNIT_ID.in(SqlConstants.of(units)));
    }

    /** Ledger rows matching {@code where}, overdue as of {@code today}; shared with {@link StatisticsRepository}. */
    List<HazardRow> rows(Condition where, LocalDate today, OrderField<?>... order) {
        Person responsible = PERSON.as("responsible");
        return dsl.select(HAZARD.ID, HAZARD.NUMBER, HAZARD.FOUND_ON, ORG_UNIT.NAME, HAZARD.PLACE,
                        HAZARD.CATEGORY, HAZARD.HAZARD_FORM, HAZARD.GRADE, HAZARD.STATUS, HAZARD.RECTIFYING_TIER,
                        responsible.NAME, HAZARD.DEADLINE, HAZARD.DESCRIPTION, HAZARD.CLOSED_ON)
                .from(HAZARD)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(HAZARD.UNIT_ID))
                .leftJoin(responsible).on(responsible.ID.eq(HAZARD.RESPONSIBLE_ID))
                .where(where)
                .orderBy(order)
                .fetch(rec -> toRow(rec, responsible, today));
    }

    /**
     * The deadline, for a condition H2 must not range over in ix_hazard_status: after the IN list of
     * open statuses, a range on the deadline made H2 scan the whole index (the overdue hazards of a
     * million counted in 1 s instead of 67 ms). As an expression it is read from the index entries the
     * statuses select. A hazard without a deadline reads as 31 December 9999, so it is still never
     * past or due.
     */
    private static Field<LocalDate> deadline() {
        return DSL.coalesce(HAZARD.DEADLINE, DSL.inline(NO_DEADLINE));
    }

    private static List<String> openStatuses() {
        return Arrays.stream(HazardStatus.values()).filter(HazardStatus::isOpen).map(Enum::name).toList();
    }

    private static HazardRow toRow(Record rec, Person responsible, LocalDate today) {
        HazardStatus status = HazardStatus.valueOf(rec.get(HAZARD.STATUS));
        LocalDate deadline = rec.get(HAZARD.DEADLINE);
        return new HazardRow(rec.get(HAZARD.ID), rec.get(HAZARD.NUMBER), rec.get(HAZARD.FOUND_ON),
                rec.get(ORG_UNIT.NAME), rec.get(HAZARD.PLACE), rec.get(HAZARD.CATEGORY),
                HazardForm.valueOf(rec.get(HAZARD.HAZARD_FORM)), Grade.valueOf(rec.get(HAZARD.GRADE)), status,
                Tier.valueOf(rec.get(HAZARD.RECTIFYING_TIER)), rec.get(responsible.NAME), deadline,
                Hazard.isOverdue(status, deadline, today), rec.get(HAZARD.DESCRIPTION),
                rec.get(HAZARD.CLOSED_ON));
    }

    /** Category names for one hazard (the catalog may have been edited since). */
    public Optional<CatalogEntry> category(String code) {
        return dsl.selectFrom(CATALOG_ENTRY)
                .where(CATALOG_ENTRY.CATALOG.eq(CatalogEntry.HAZARD_CATEGORY).and(CATALOG_ENTRY.CODE.eq(code)))
                .fetchOptional(r -> new CatalogEntry(r.getCatalog(), r.getCode(), r.getNameZh(), r.getNameEn(),
                        r.getSortOrder()));
    }

    /** The enterprise name of a hazard's ledger. */
    public String enterpriseName(UUID hazardId) {
        return dsl.select(ENTERPRISE.NAME).from(HAZARD).join(ENTERPRISE).on(ENTERPRISE.ID.eq(HAZARD.ENTERPRISE_ID))
                .where(HAZARD.ID.eq(hazardId)).fetchOne(ENTERPRISE.NAME);
    }

    private static String nameOf(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
