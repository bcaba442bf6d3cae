package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.FEDERATION_NOTICE;
import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.INSPECTION_ROUND;
import static org.hazardledger.store.jooq.Tables.ROUND_HAZARD;
import static org.hazardledger.store.jooq.Tables.ROUND_INSPECTOR;
import static org.hazardledger.store.jooq.Tables.ROUND_ITEM_RESULT;
import static org.hazardledger.store.jooq.Tables.ROUND_RULE;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD;
import static org.hazardledger.store.jooq.Tables.UNION_RECORD_HAZARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * This ledger's own rows as they travel in a records bundle: read through the one allow-list,
 * {@link ExportedColumns}, streamed in change order, and the change ranges' touched units, months
 * and days the computed records are made from.
 */
public final class TravellingRowRepository {

    /** Rows read from the cursor before their child rows (lists) are fetched in one query each. */
    static final int CHUNK = 500;

    private final DSLContext dsl;

    TravellingRowRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long lastChangeSeq() {
        long max = 0;
        List<Table<?>> tables = new ArrayList<>();
        ExportedColumns.tableTypes().forEach(t -> tables.add(ExportedColumns.spec(t).orElseThrow().table()));
        tables.add(ROUND_RULE);
        tables.add(FEDERATION_NOTICE);
        for (Table<?> table : tables) {
            Long value = dsl.select(DSL.max(table.field("CHANGE_SEQ", Long.class))).from(table).fetchOne(0, Long.class);
            if (value != null && value > max) {
                max = value;
            }
        }
        return max;
    }

    /** How many rows of {@code type} changed within {@code range} (0 for a type not read from a table). */
    public int countChanged(RecordType type, ChangeRange range) {
        Optional<ExportedColumns.Spec> spec = ExportedColumns.spec(type);
        if (spec.isEmpty() || range.isEmpty()) {
            return 0;
        }
        return dsl.fetchCount(spec.get().table(), spec.get().changeSeq().between(range.from(), range.to()));
    }

    /**
     * Streams the rows of {@code type} whose change sequence lies in {@code range} (tombstones included),
     * in change order, as travelling records carrying only the allow-listed columns. Returns the count.
     */
    public int collect(RecordType type, ChangeRange range, Consumer<TravellingRecord> sink) {
        Optional<ExportedColumns.Spec> found = ExportedColumns.spec(type);
        if (found.isEmpty() || range.isEmpty()) {
            return 0;
        }
        ExportedColumns.Spec spec = found.get();
        List<Field<?>> select = new ArrayList<>(List.of(spec.id(), spec.revision(), spec.changeSeq(),
                spec.updatedAt(), spec.deleted()));
        select.addAll(spec.columns());
        int count = 0;
        try (Cursor<Record> rows = dsl.select(select).from(spec.table())
                .where(spec.changeSeq().between(range.from(), range.to()))
                .orderBy(spec.changeSeq(), spec.id()).fetchLazy()) {
            List<Record> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.fetchNext());
                if (chunk.size() == CHUNK) {
                    count += emit(type, spec, chunk, sink);
                    chunk.clear();
                }
            }
            count += emit(type, spec, chunk, sink);
        }
        return count;
    }

    private int emit(RecordType type, ExportedColumns.Spec spec, List<Record> chunk, Consumer<TravellingRecord> sink) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<UUID> ids = chunk.stream().map(r -> r.get(spec.id())).toList();
        Map<String, Map<UUID, List<String>>> lists = new HashMap<>();
        for (String list : spec.lists()) {
            lists.put(list, children(type, list, ids));
        }
        for (Record row : chunk) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field<?> column : spec.columns()) {
                Object value = ExportedColumns.withheld(type, column, row) ? null : wire(row.get(column));
                fields.put(ExportedColumns.camel(column.getName()), value);
            }
            UUID id = row.get(spec.id());
            for (String list : spec.lists()) {
                fields.put(list, lists.get(list).getOrDefault(id, List.of()));
            }
            sink.accept(new TravellingRecord(type, id, row.get(spec.revision()), row.get(spec.changeSeq()),
                    row.get(spec.updatedAt()), row.get(spec.deleted()), fields));
        }
        return chunk.size();
    }

    /** The list field {@code list} of the rows {@code ids}, each list in a stable order. */
    private Map<UUID, List<String>> children(RecordType type, String list, Collection<UUID> ids) {
        Map<UUID, List<String>> out = new HashMap<>();
        if (type == RecordType.UNION_RECORD && list.equals(ExportedColumns.HAZARD_IDS)) {
            dsl.select(UNION_RECORD_HAZARD.UNION_RECORD_ID, UNION_RECORD_HAZARD.HAZARD_ID).from(UNION_RECORD_HAZARD)
                    .where(UNION_RECORD_HAZARD.UNION_RECORD_ID.in(ids))
                    .orderBy(UNION_RECORD_HAZARD.UNION_RECORD_ID, UNION_RECORD_HAZARD.HAZARD_ID)
                    .forEach(r -> add(out, r.value1(), r.value2().toString()));
        } else if (type == RecordType.INSPECTION_ROUND && list.equals(ExportedColumns.HAZARD_IDS)) {
            dsl.select(ROUND_HAZARD.ROUND_ID, ROUND_HAZARD.HAZARD_ID).from(ROUND_HAZARD)
                    .where(ROUND_HAZARD.ROUND_ID.in(ids)).orderBy(ROUND_HAZARD.ROUND_ID, ROUND_HAZARD.HAZARD_ID)
                    .forEach(r -> add(out, r.value1(), r.value2().toString()));
        } else if (type == RecordType.INSPECTION_ROUND && list.equals(ExportedColumns.INSPECTOR_IDS)) {
            dsl.select(ROUND_INSPECTOR.ROUND_ID, ROUND_INSPECTOR.PERSON_ID).from(ROUND_INSPECTOR)
                    .where(ROUND_INSPECTOR.ROUND_ID.in(ids)).orderBy(ROUND_INSPECTOR.ROUND_ID, ROUND_INSPECTOR.POSITION)
                    .forEach(r -> add(out, r.value1(), r.value2().toString()));
        } else if (type == RecordType.INSPECTION_ROUND && list.equals(ExportedColumns.ITEM_RESULTS)) {
            dsl.select(ROUND_ITEM_RESULT.ROUND_ID, ROUND_ITEM_RESULT.ITEM_CODE, ROUND_ITEM_RESULT.ANSWER,
                            ROUND_ITEM_RESULT.NOTE).from(ROUND_ITEM_RESULT)
                    .where(ROUND_ITEM_RESULT.ROUND_ID.in(ids))
                    .orderBy(ROUND_ITEM_RESULT.ROUND_ID, ROUND_ITEM_RESULT.ITEM_CODE)
                    .forEach(r -> add(out, r.value1(), r.value2() + ":" + r.value3()
                            + (r.value4() == null || r.value4().isEmpty() ? "" : ":" + r.value4())));
        } else {
            throw new IllegalStateException("no list " + list + " on " + type);
        }
        return out;
    }

    private static void add(Map<UUID, List<String>> out, UUID id, String value) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
    }

    /** The units and months of the inspection rounds changed within {@code range}. */
    public Map<YearMonth, Set<UUID>> roundUnitMonths(ChangeRange range) {
        Map<YearMonth, Set<UUID>> out = new TreeMap<>();
        if (range.isEmpty()) {
            return out;
        }
        dsl.selectDistinct(INSPECTION_ROUND.UNIT_ID, INSPECTION_ROUND.HELD_ON).from(INSPECTION_ROUND)
                .where(INSPECTION_ROUND.CHANGE_SEQ.between(range.from(), range.to()))
                .forEach(r -> out.computeIfAbsent(YearMonth.from(r.value2()), k -> new TreeSet<>()).add(r.value1()));
        return out;
    }

    /** The days hazards changed within {@code range} were found on, and union records changed were issued on. */
    public Set<LocalDate> hazardAndUnionDays(ChangeRange range) {
        Set<LocalDate> out = new TreeSet<>();
        if (range.isEmpty()) {
            return out;
        }
        out.addAll(dsl.selectDistinct(HAZARD.FOUND_ON).from(HAZARD)
                .where(HAZARD.CHANGE_SEQ.between(range.from(), range.to())).fetch(HAZARD.FOUND_ON));
        out.addAll(dsl.selectDistinct(UNION_RECORD.ISSUED_ON).from(UNION_RECORD)
                .where(UNION_RECORD.CHANGE_SEQ.between(range.from(), range.to())).fetch(UNION_RECORD.ISSUED_ON));
        return out;
    }

    /** A column's value as it travels: text, Long, Boolean, dates yyyy-MM-dd, times ISO-8601 with offset. */
    static Object wire(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof LocalDate) {
            return ((LocalDate) value).toString();
        }
        if (value instanceof OffsetDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
        }
        if (value instanceof UUID) {
            return value.toString();
        }
        throw new IllegalStateException("no wire form for " + value.getClass());
    }
}
