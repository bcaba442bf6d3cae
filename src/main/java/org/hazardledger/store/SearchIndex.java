package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.SEARCH_GRAM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Condition;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * The n-gram index behind the ledger's substring search (decision 0018), kept in the ledger's own
 * tables and written in the same transaction as the hazards it indexes. Rows added are gathered in
 * memory and written block by block before the transaction commits (or before a search or a removal
 * needs them), so a bulk import writes each gram of a block once rather than once per hazard.
 */
final class SearchIndex {

    static final String VERSION_KEY = "search.index.version";
    static final String VERSION = "1";
    /** Gram rows gathered before they are written, whatever the transaction still adds. */
    private static final int PENDING_MAX = 40_000;
    private static final int IN_CHUNK = 1_000;

    private final DSLContext dsl;
    /** block -> gram -> rows of the block (bits) not yet written. */
    private final TreeMap<Integer, Map<Long, long[]>> pending = new TreeMap<>();
    private int pendingGrams;

    SearchIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Indexes the fields of row {@code rowNo} (written before the transaction commits). */
    void add(long rowNo, String... fields) {
        LongSet grams = gramsOf(fields);
        Map<Long, long[]> block = pending.computeIfAbsent(GramBlock.blockOf(rowNo), b -> new HashMap<>());
        int offset = GramBlock.offsetOf(rowNo);
        for (long g : grams.toArray()) {
            long[] words = block.get(g);
            if (words == null) {
                words = new long[GramBlock.WORDS];
                block.put(g, words);
                pendingGrams++;
            }
            words[offset >>> 6] |= 1L << (offset & 63);
        }
        if (pendingGrams > PENDING_MAX) {
            flushBlocksBefore(GramBlock.blockOf(rowNo));
        }
        if (pendingGrams > 2 * PENDING_MAX) {
            flush();
        }
    }

    /**
     * Writes the blocks below {@code block}: an import numbers its rows in order, so those are
     * complete and each of their grams is written once.
     */
    private void flushBlocksBefore(int block) {
        var done = pending.headMap(block, false);
        for (Map.Entry<Integer, Map<Long, long[]>> e : done.entrySet()) {
            pendingGrams -= e.getValue().size();
            writeBlock(e.getKey(), e.getValue());
        }
        done.clear();
    }

    /** A row's fields changed: its old grams are taken out and the new ones put in. */
    void replace(long rowNo, String[] oldFields, String[] newFields) {
        if (Arrays.equals(oldFields, newFields)) {
            return;
        }
        flush();
        LongSet now = gramsOf(newFields);
        List<Long> gone = new ArrayList<>();
        for (long g : gramsOf(oldFields).toArray()) {
            if (!now.contains(g)) {
                gone.add(g);
            }
        }
        remove(rowNo, gone);
        add(rowNo, newFields);
    }

    private void remove(long rowNo, List<Long> grams) {
        int block = GramBlock.blockOf(rowNo);
        int offset = GramBlock.offsetOf(rowNo);
        for (Record3<Long, Integer, byte[]> r : existing(block, grams)) {
            long[] words = GramBlock.decode(r.value3());
            words[offset >>> 6] &= ~(1L << (offset & 63));
            byte[] left = GramBlock.encode(words);
            if (left == null) {
                dsl.deleteFrom(SEARCH_GRAM).where(SEARCH_GRAM.GRAM.eq(r.value1()).and(SEARCH_GRAM.BLOCK.eq(block)))
                        .execute();
            } else {
                dsl.update(SEARCH_GRAM).set(SEARCH_GRAM.HITS, left)
                        .where(SEARCH_GRAM.GRAM.eq(r.value1()).and(SEARCH_GRAM.BLOCK.eq(block))).execute();
            }
        }
    }

    /** Writes every gathered row: one read of the grams already kept per block, then batched writes. */
    void flush() {
        for (Map.Entry<Integer, Map<Long, long[]>> e : pending.entrySet()) {
            writeBlock(e.getKey(), e.getValue());
        }
        pending.clear();
        pendingGrams = 0;
    }

    private void writeBlock(int block, Map<Long, long[]> grams) {
        List<Long> keys = new ArrayList<>(grams.keySet());
        BatchBindStep updates = dsl.batch(dsl.update(SEARCH_GRAM).set(SEARCH_GRAM.HITS, (byte[]) null)
                .where(SEARCH_GRAM.GRAM.eq((Long) null).and(SEARCH_GRAM.BLOCK.eq((Integer) null))));
        int updateCount = 0;
        for (Record3<Long, Integer, byte[]> r : existing(block, keys)) {
            long[] words = grams.remove(r.value1());
            GramBlock.decodeInto(r.value3(), words);
            updates.bind(GramBlock.encode(words), r.value1(), block);
            updateCount++;
        }
        if (updateCount > 0) {
            updates.execute();
        }
        if (!grams.isEmpty()) {
            BatchBindStep inserts = dsl.batch(dsl.insertInto(SEARCH_GRAM, SEARCH_GRAM.GRAM, SEARCH_GRAM.BLOCK,
                    SEARCH_GRAM.HITS).values((Long) null, (Integer) null, (byte[]) null));
            for (Map.Entry<Long, long[]> g : grams.entrySet()) {
                inserts.bind(g.getKey(), block, GramBlock.encode(g.getValue()));
            }
            inserts.execute();
        }
    }

    private List<Record3<Long, Integer, byte[]>> existing(int block, List<Long> grams) {
        List<Record3<Long, Integer, byte[]>> out = new ArrayList<>();
        for (int i = 0; i < grams.size(); i += IN_CHUNK) {
            out.addAll(dsl.select(SEARCH_GRAM.GRAM, SEARCH_GRAM.BLOCK, SEARCH_GRAM.HITS).from(SEARCH_GRAM)
                    .where(SEARCH_GRAM.GRAM.in(SqlConstants.of(grams.subList(i, Math.min(grams.size(), i + IN_CHUNK))))
                            .and(SEARCH_GRAM.BLOCK.eq(DSL.inline(block))))
                    .fetch());
        }
        return out;
    }

    /** The rows whose number, place or description may hold {@code query} (exactly those, when exact). */
    SearchHits find(String query) {
        flush();
        long[] grams = SearchGrams.ofQuery(query);
        TreeMap<Integer, long[]> blocks = new TreeMap<>();
        if (grams.length == 0) {
            return new SearchHits(blocks, true);
        }
        // The rarest gram first (fewest blocks), then each other gram only in the blocks still holding
        // every gram so far: a hazard number's common grams (yh-, 202) are then read in a few blocks.
        Map<Long, Integer> blockCounts = new HashMap<>();
        dsl.select(SEARCH_GRAM.GRAM, DSL.count()).from(SEARCH_GRAM)
                .where(SEARCH_GRAM.GRAM.in(SqlConstants.of(Arrays.stream(grams).boxed().toList())))
                .groupBy(SEARCH_GRAM.GRAM).fetch().forEach(r -> blockCounts.put(r.value1(), r.value2()));
        if (blockCounts.size() < grams.length) {
            return new SearchHits(blocks, SearchGrams.exact(query));
        }
        long[] order = Arrays.stream(grams).boxed().sorted(Comparator.comparing(blockCounts::get))
                .mapToLong(Long::longValue).toArray();
        for (int i = 0; i < order.length && (i == 0 || !blocks.isEmpty()); i++) {
            Condition where = SEARCH_GRAM.GRAM.eq(DSL.inline(order[i]));
            if (i > 0) {
                where = where.and(SEARCH_GRAM.BLOCK.in(SqlConstants.of(blocks.keySet())));
            }
            TreeMap<Integer, long[]> next = new TreeMap<>();
            for (Record2<Integer, byte[]> r : dsl.select(SEARCH_GRAM.BLOCK, SEARCH_GRAM.HITS).from(SEARCH_GRAM)
                    .where(where).fetch()) {
                long[] words = GramBlock.decode(r.value2());
                if (i == 0 || and(words, blocks.get(r.value1()))) {
                    next.put(r.value1(), words);
                }
            }
            blocks = next;
        }
        return new SearchHits(blocks, SearchGrams.exact(query));
    }

    /** {@code words} &= {@code other}; whether any row is left. */
    private static boolean and(long[] words, long[] other) {
        boolean any = false;
        for (int w = 0; w < words.length; w++) {
            words[w] &= other[w];
            any |= words[w] != 0;
        }
        return any;
    }

    /** Builds the index of a ledger that has none yet (made before the index existed, or new). */
    static void ensureBuilt(DSLContext dsl) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            SettingsRepository settings = new SettingsRepository(tx);
            if (settings.get(VERSION_KEY).filter(VERSION::equals).isPresent()) {
                return;
            }
            tx.deleteFrom(SEARCH_GRAM).execute();
            SearchIndex index = new SearchIndex(tx);
            try (var rows = tx.select(HAZARD.ROW_NO, HAZARD.NUMBER, HAZARD.PLACE, HAZARD.DESCRIPTION).from(HAZARD)
                    .where(HAZARD.DELETED.isFalse()).orderBy(HAZARD.ROW_NO).fetchSize(5_000).fetchLazy()) {
                for (var r : rows) {
                    index.add(r.value1(), r.value2(), r.value3(), r.value4());
                }
            }
            index.flush();
            settings.put(VERSION_KEY, VERSION);
        });
    }

    private static LongSet gramsOf(String... fields) {
        LongSet grams = new LongSet(64);
        for (String f : fields) {
            SearchGrams.addGramsOf(f, grams);
        }
        return grams;
    }
}
