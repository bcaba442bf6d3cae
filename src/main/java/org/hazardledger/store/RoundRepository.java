package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.CHECKLIST;
import static org.hazardledger.store.jooq.Tables.CHECKLIST_ITEM;
import static org.hazardledger.store.jooq.Tables.INSPECTION_ROUND;
import static org.hazardledger.store.jooq.Tables.LEDGER_EVENT;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;
import static org.hazardledger.store.jooq.Tables.PERSON;
import static org.hazardledger.store.jooq.Tables.ROUND_HAZARD;
import static org.hazardledger.store.jooq.Tables.ROUND_INSPECTOR;
import static org.hazardledger.store.jooq.Tables.ROUND_ITEM_RESULT;
import static org.hazardledger.store.jooq.Tables.ROUND_RULE;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.Industry;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Rota;
import org.hazardledger.model.Tier;
import org.hazardledger.store.jooq.Sequences;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Checklists (versioned), inspection rounds with their inspectors, non-OK answers and hazards, and
 * the per-unit round rules. A round stores only its answers that are not OK (see V7).
 */
public final class RoundRepository {

    /** Rows per statement in the bulk insert. */
    static final int BATCH = 500;
    /** SQLSTATE of a duplicate key (H2 and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;
    private final Clock clock;

    RoundRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    // --- checklists ------------------------------------------------------------------------

    public boolean hasChecklists() {
        return dsl.fetchExists(CHECKLIST);
    }

    /** The highest saved version of {@code code}, 0 if none. */
    public int latestVersion(String code) {
        Integer v = dsl.select(DSL.max(CHECKLIST.VERSION)).from(CHECKLIST).where(CHECKLIST.CODE.eq(code))
                .fetchOne(0, Integer.class);
        return v == null ? 0 : v;
    }

    /** Saves {@code c} as its version, which must be new. */
    public void insertChecklist(Checklist c, String savedBy) {
        dsl.insertInto(CHECKLIST)
                .set(CHECKLIST.CODE, c.code())
                .set(CHECKLIST.VERSION, c.version())
                .set(CHECKLIST.TIER, c.tier().name())
                .set(CHECKLIST.INDUSTRY_CODE, c.industry() == null ? null : c.industry().name())
                .set(CHECKLIST.NAME, c.name())
                .set(CHECKLIST.SAVED_AT, OffsetDateTime.now(clock))
                .set(CHECKLIST.SAVED_BY, savedBy)
                .execute();
        int position = 0;
        for (ChecklistItem i : c.items()) {
            dsl.insertInto(CHECKLIST_ITEM)
                    .set(CHECKLIST_ITEM.CHECKLIST_CODE, c.code())
                    .set(CHECKLIST_ITEM.CHECKLIST_VERSION, c.version())
                    .set(CHECKLIST_ITEM.POSITION, position++)
                    .set(CHECKLIST_ITEM.ITEM_CODE, i.code())
                    .set(CHECKLIST_ITEM.TEXT, i.text())
                    .execute();
        }
    }

    public Optional<Checklist> checklist(String code, int version) {
        List<Checklist> found = readChecklists(CHECKLIST.CODE.eq(code).and(CHECKLIST.VERSION.eq(version)));
        return found.stream().findFirst();
    }

    /** The latest version of {@code code}. */
    public Optional<Checklist> checklist(String code) {
        int v = latestVersion(code);
        return v == 0 ? Optional.empty() : checklist(code, v);
    }

    /** The latest version of every checklist, by tier then code. */
    public List<Checklist> latestChecklists() {
        var c2 = CHECKLIST.as("c2");
        Condition latest = CHECKLIST.VERSION.eq(DSL.select(DSL.max(c2.VERSION)).from(c2)
                .where(c2.CODE.eq(CHECKLIST.CODE)));
        return readChecklists(latest);
    }

    private List<Checklist> readChecklists(Condition c) {
        var heads = dsl.selectFrom(CHECKLIST).where(c).fetch();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<ChecklistItem>> items = new HashMap<>();
        Condition any = DSL.falseCondition();
        for (var h : heads) {
            any = any.or(CHECKLIST_ITEM.CHECKLIST_CODE.eq(h.getCode())
                    .and(CHECKLIST_ITEM.CHECKLIST_VERSION.eq(h.getVersion())));
        }
        dsl.selectFrom(CHECKLIST_ITEM).where(any).orderBy(CHECKLIST_ITEM.POSITION).forEach(i ->
                items.computeIfAbsent(i.getChecklistCode() + "#" + i.getChecklistVersion(), k -> new ArrayList<>())
                        .add(new ChecklistItem(i.getItemCode(), i.getText())));
        List<Checklist> out = new ArrayList<>();
        for (var h : heads) {
            out.add(new Checklist(h.getCode(), Tier.valueOf(h.getTier()),
                    h.getIndustryCode() == null ? null : Industry.valueOf(h.getIndustryCode()), h.getName(),
                    h.getVersion(), items.getOrDefault(h.getCode() + "#" + h.getVersion(), List.of())));
        }
        out.sort((a, b) -> a.tier() != b.tier() ? a.tier().compareTo(b.tier()) : a.code().compareTo(b.code()));
        return out;
    }

    // --- rounds ------------------------------------------------------------------------------

    /** Inserts one round with its inspectors and non-OK answers. */
    public void insert(InspectionRound r, String recordedBy) {
        insertAll(List.of(r), recordedBy);
    }

    /**
     * Inserts many rounds through batched prepared statements (the demo's year of rounds). Plain
     * JDBC: jOOQ's batch binding took twice as long for tens of thousands of rows.
     */
    public void insertAll(List<InspectionRound> rounds, String recordedBy) {
        if (rounds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one change for the whole batch: an incremental export takes all of it or none
        long changeSeq = ChangeSequence.next(dsl);
        dsl.connection(c -> {
            try (PreparedStatement round = c.prepareStatement("INSERT INTO inspection_round (id, revision, "
                    + "created_at, updated_at, change_seq, unit_id, tier, held_on, inspector_id, checklist_code, "
                    + "checklist_version, item_count, failed_count, note, recorded_by) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement inspector = c.prepareStatement(
                         "INSERT INTO round_inspector (round_id, position, person_id) VALUES (?, ?, ?)");
                 PreparedStatement result = c.prepareStatement(
                         "INSERT INTO round_item_result (round_id, item_code, answer, note) VALUES (?, ?, ?, ?)");
                 PreparedStatement hazard = c.prepareStatement(
                         "INSERT INTO round_hazard (round_id, hazard_id, item_code) VALUES (?, ?, NULL)")) {
                int n = 0;
                for (InspectionRound r : rounds) {
                    round.setObject(1, r.id());
                    round.setObject(2, now);
                    round.setObject(3, now);
                    round.setLong(4, changeSeq);
                    round.setObject(5, r.unitId());
                    round.setString(6, r.tier().name());
                    round.setObject(7, r.heldOn());
                    round.setObject(8, r.inspectorIds().get(0));
                    round.setString(9, r.checklistCode());
                    round.setInt(10, r.checklistVersion());
                    round.setInt(11, r.results().size());
                    round.setInt(12, r.failed().size());
                    round.setString(13, r.note());
                    round.setString(14, recordedBy);
                    round.addBatch();
                    for (int position = 1; position < r.inspectorIds().size(); position++) {
                        inspector.setObject(1, r.id());
                        inspector.setInt(2, position);
                        inspector.setObject(3, r.inspectorIds().get(position));
                        inspector.addBatch();
                    }
                    for (RoundItemResult x : r.results()) {
                        if (x.answer() != RoundAnswer.OK) {
                            result.setObject(1, r.id());
                            result.setString(2, x.itemCode());
                            result.setString(3, x.answer().name());
                            result.setString(4, x.note());
                            result.addBatch();
                        }
                    }
                    for (UUID h : r.hazardIds()) {
                        hazard.setObject(1, r.id());
                        hazard.setObject(2, h);
                        hazard.addBatch();
                    }
                    if (++n % BATCH == 0 || n == rounds.size()) {
                        // parents first: the others refer to the rounds
                        round.executeBatch();
                        inspector.executeBatch();
                        result.executeBatch();
                        hazard.executeBatch();
                    }
                }
            }
        });
    }

    /** Links a hazard registered from {@code roundId} (from its item {@code itemCode}, may be null). */
    public void linkHazard(UUID roundId, UUID hazardId, String itemCode) {
        dsl.insertInto(ROUND_HAZARD).set(ROUND_HAZARD.ROUND_ID, roundId).set(ROUND_HAZARD.HAZARD_ID, hazardId)
                .set(ROUND_HAZARD.ITEM_CODE, itemCode).execute();
        dsl.update(INSPECTION_ROUND)
                .set(INSPECTION_ROUND.REVISION, INSPECTION_ROUND.REVISION.plus(1))
                .set(INSPECTION_ROUND.UPDATED_AT, OffsetDateTime.now(clock))
                .set(INSPECTION_ROUND.CHANGE_SEQ, Sequences.CHANGE_SEQ.nextval())
                .where(INSPECTION_ROUND.ID.eq(roundId)).execute();
    }

    /** The hazards linked to a round's item, in the order linked. */
    public List<UUID> hazardsOfItem(UUID roundId, String itemCode) {
        return dsl.select(ROUND_HAZARD.HAZARD_ID).from(ROUND_HAZARD)
                .where(ROUND_HAZARD.ROUND_ID.eq(roundId).and(ROUND_HAZARD.ITEM_CODE.eq(itemCode)))
                .fetch(ROUND_HAZARD.HAZARD_ID);
    }

    public Optional<InspectionRound> byId(UUID id) {
        var r = dsl.selectFrom(INSPECTION_ROUND).where(INSPECTION_ROUND.ID.eq(id).and(INSPECTION_ROUND.DELETED.isFalse()))
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Checklist list = checklist(r.getChecklistCode(), r.getChecklistVersion()).orElseThrow();
        Map<String, RoundItemResult> notOk = new HashMap<>();
        dsl.selectFrom(ROUND_ITEM_RESULT).where(ROUND_ITEM_RESULT.ROUND_ID.eq(id)).forEach(x ->
                notOk.put(x.getItemCode(), new RoundItemResult(x.getItemCode(), null, RoundAnswer.valueOf(x.getAnswer()),
                        x.getNote())));
        List<RoundItemResult> results = new ArrayList<>();
        for (ChecklistItem i : list.items()) {
            RoundItemResult x = notOk.get(i.code());
            results.add(x == null ? RoundItemResult.ok(i) : new RoundItemResult(i.code(), i.text(), x.answer(), x.note()));
        }
        List<UUID> inspectors = new ArrayList<>();
        inspectors.add(r.getInspectorId());
        inspectors.addAll(dsl.select(ROUND_INSPECTOR.PERSON_ID).from(ROUND_INSPECTOR)
                .where(ROUND_INSPECTOR.ROUND_ID.eq(id)).orderBy(ROUND_INSPECTOR.POSITION)
                .fetch(ROUND_INSPECTOR.PERSON_ID));
        List<UUID> hazards = dsl.select(ROUND_HAZARD.HAZARD_ID).from(ROUND_HAZARD)
                .where(ROUND_HAZARD.ROUND_ID.eq(id)).orderBy(ROUND_HAZARD.HAZARD_ID)
                .fetch(ROUND_HAZARD.HAZARD_ID);
        return Optional.of(new InspectionRound(r.getId(), r.getUnitId(), Tier.valueOf(r.getTier()), r.getHeldOn(),
                inspectors, r.getChecklistCode(), r.getChecklistVersion(), results, hazards, r.getNote()));
    }

    /** The rounds of {@code unitIds} (null: all units) held in {@code from..to}, newest first. */
    public List<RoundRow> rows(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        Condition c = INSPECTION_ROUND.DELETED.isFalse().and(INSPECTION_ROUND.HELD_ON.between(from, to));
        if (unitIds != null) {
            c = c.and(INSPECTION_ROUND.UNIT_ID.in(unitIds));
        }
        Field<Integer> hazardCount = DSL.selectCount().from(ROUND_HAZARD)
                .where(ROUND_HAZARD.ROUND_ID.eq(INSPECTION_ROUND.ID)).asField("hazard_count");
        Field<String> names = DSL.groupConcat(PERSON.NAME).orderBy(ROUND_INSPECTOR.POSITION).separator("、")
                .as("names");
        var rows = dsl.select(INSPECTION_ROUND.ID, INSPECTION_ROUND.UNIT_ID, ORG_UNIT.NAME, INSPECTION_ROUND.TIER,
                        INSPECTION_ROUND.HELD_ON, INSPECTION_ROUND.FAILED_COUNT, hazardCount, PERSON.NAME,
                        CHECKLIST.NAME)
                .from(INSPECTION_ROUND).join(ORG_UNIT).on(ORG_UNIT.ID.eq(INSPECTION_ROUND.UNIT_ID))
                .join(PERSON).on(PERSON.ID.eq(INSPECTION_ROUND.INSPECTOR_ID))
                .leftJoin(CHECKLIST).on(CHECKLIST.CODE.eq(INSPECTION_ROUND.CHECKLIST_CODE)
                        .and(CHECKLIST.VERSION.eq(INSPECTION_ROUND.CHECKLIST_VERSION)))
                .where(c)
                .orderBy(INSPECTION_ROUND.HELD_ON.desc(), ORG_UNIT.CODE, INSPECTION_ROUND.ID.desc())
                .fetch();
        Map<UUID, String> inspectorNames = new HashMap<>();
        if (dsl.fetchExists(ROUND_INSPECTOR) && !rows.isEmpty()) {
            List<UUID> ids = rows.map(r -> r.get(INSPECTION_ROUND.ID));
            for (int i = 0; i < ids.size(); i += BATCH * 2) {
                dsl.select(ROUND_INSPECTOR.ROUND_ID, names).from(ROUND_INSPECTOR)
                        .join(PERSON).on(PERSON.ID.eq(ROUND_INSPECTOR.PERSON_ID))
                        .where(ROUND_INSPECTOR.ROUND_ID.in(ids.subList(i, Math.min(ids.size(), i + BATCH * 2))))
                        .groupBy(ROUND_INSPECTOR.ROUND_ID)
                        .forEach(r -> inspectorNames.put(r.value1(), r.value2()));
            }
        }
        List<RoundRow> out = new ArrayList<>(rows.size());
        for (Record r : rows) {
            UUID id = r.get(INSPECTION_ROUND.ID);
            String others = inspectorNames.get(id);
            String lead = r.get(PERSON.NAME);
            out.add(new RoundRow(id, r.get(INSPECTION_ROUND.UNIT_ID), r.get(ORG_UNIT.NAME),
                    Tier.valueOf(r.get(INSPECTION_ROUND.TIER)), r.get(INSPECTION_ROUND.HELD_ON),
                    others == null ? lead : lead + "、" + others, r.get(INSPECTION_ROUND.FAILED_COUNT), r.get(hazardCount),
                    r.get(CHECKLIST.NAME)));
        }
        return out;
    }

    /** The days rounds were held on in {@code from..to}, one entry per round, by unit (null: all units). */
    public Map<UUID, List<LocalDate>> heldDays(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        Condition c = INSPECTION_ROUND.DELETED.isFalse().and(INSPECTION_ROUND.HELD_ON.between(from, to));
        if (unitIds != null) {
            c = c.and(INSPECTION_ROUND.UNIT_ID.in(unitIds));
        }
        Map<UUID, List<LocalDate>> out = new LinkedHashMap<>();
        dsl.select(INSPECTION_ROUND.UNIT_ID, INSPECTION_ROUND.HELD_ON).from(INSPECTION_ROUND).where(c)
                .orderBy(INSPECTION_ROUND.UNIT_ID, INSPECTION_ROUND.HELD_ON)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    public int count() {
        return dsl.fetchCount(INSPECTION_ROUND, INSPECTION_ROUND.DELETED.isFalse());
    }

    // --- rules -------------------------------------------------------------------------------

    public Optional<RoundRule> rule(UUID unitId) {
        return dsl.selectFrom(ROUND_RULE).where(ROUND_RULE.UNIT_ID.eq(unitId)).fetchOptional()
                .map(RoundRepository::toRule);
    }

    /** Every stored rule, by unit. */
    public Map<UUID, RoundRule> rules() {
        Map<UUID, RoundRule> out = new HashMap<>();
        dsl.selectFrom(ROUND_RULE).forEach(r -> out.put(r.getUnitId(), toRule(r)));
        return out;
    }

    /**
     * Saves the rule of its unit and returns it at its new revision: inserts it when it was not
     * stored yet (revision 0), else replaces the revision it was read at.
     *
     * @throws StaleRecordException {@code error.roundRule.stale} when someone else saved the unit's
     *                              rule since it was read (or stored it first)
     */
    public RoundRule saveRule(RoundRule rule, String unitName) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int written;
        if (rule.revision() == 0) {
            try {
                written = dsl.insertInto(ROUND_RULE)
                        .set(ROUND_RULE.UNIT_ID, rule.unitId())
                        .set(ROUND_RULE.REVISION, 1)
                        .set(ROUND_RULE.FREQUENCY, rule.frequency().name())
                        .set(ROUND_RULE.ROTA_ANCHOR, rule.rota().anchor())
                        .set(ROUND_RULE.ROTA_PATTERN, rule.rota().pattern())
                        .set(ROUND_RULE.SKIP_HOLIDAYS, rule.skipHolidays())
                        .set(ROUND_RULE.REQUIRED_FROM, rule.requiredFrom())
                        .set(ROUND_RULE.UPDATED_AT, now)
                        .set(ROUND_RULE.CHANGE_SEQ, Sequences.CHANGE_SEQ.nextval())
                        .onDuplicateKeyIgnore()
                        .execute();
            } catch (DataAccessException e) {
                if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
                    throw e;
                }
                // H2: another session stored the unit's first rule between the check and the insert
                written = 0;
            }
        } else {
            written = dsl.update(ROUND_RULE)
                    .set(ROUND_RULE.FREQUENCY, rule.frequency().name())
                    .set(ROUND_RULE.ROTA_ANCHOR, rule.rota().anchor())
                    .set(ROUND_RULE.ROTA_PATTERN, rule.rota().pattern())
                    .set(ROUND_RULE.SKIP_HOLIDAYS, rule.skipHolidays())
                    .set(ROUND_RULE.REQUIRED_FROM, rule.requiredFrom())
                    .set(ROUND_RULE.REVISION, ROUND_RULE.REVISION.plus(1))
                    .set(ROUND_RULE.UPDATED_AT, now)
                    .set(ROUND_RULE.CHANGE_SEQ, Sequences.CHANGE_SEQ.nextval())
                    .where(ROUND_RULE.UNIT_ID.eq(rule.unitId()).and(ROUND_RULE.REVISION.eq(rule.revision())))
                    .execute();
        }
        if (written == 0) {
            throw new StaleRecordException("error.roundRule.stale", unitName);
        }
        return rule.withRevision(rule.revision() + 1);
    }

    private static RoundRule toRule(org.hazardledger.store.jooq.tables.records.RoundRuleRecord r) {
        return new RoundRule(r.getUnitId(), InspectionFrequency.valueOf(r.getFrequency()),
                new Rota(r.getRotaAnchor(), r.getRotaPattern()), r.getSkipHolidays(), r.getRequiredFrom(),
                r.getRevision());
    }

    /** The day each unit was entered in the ledger (its ADD audit event), in the ledger's zone. */
    public Map<UUID, LocalDate> unitsEnteredOn() {
        Map<UUID, LocalDate> out = new HashMap<>();
        dsl.select(LEDGER_EVENT.ENTITY_ID, DSL.min(LEDGER_EVENT.OCCURRED_AT)).from(LEDGER_EVENT)
                .where(LEDGER_EVENT.ENTITY_TYPE.eq("org_unit").and(LEDGER_EVENT.ACTION.eq("ADD")))
                .groupBy(LEDGER_EVENT.ENTITY_ID)
                .forEach(r -> out.put(r.value1(), LedgerDay.china().dateOf(r.value2().toInstant())));
        return out;
    }
}
