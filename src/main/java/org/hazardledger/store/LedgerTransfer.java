package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.ATTACHMENT;
import static org.hazardledger.store.jooq.Tables.ENTERPRISE;
import static org.hazardledger.store.jooq.Tables.LEDGER_EVENT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.TableCheck;
import org.hazardledger.model.TransferReport;
import org.hazardledger.store.jooq.DefaultSchema;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Sequence;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies a whole ledger from one database into another, both at the current schema: the embedded
 * H2 file to a PostgreSQL server and back (issue 10). Every table of the schema is copied in
 * foreign-key order, page by page in primary-key order (a large ledger is never held in memory),
 * into the target in one transaction; then each table's row count and checksum are computed on
 * both sides and any difference rolls the whole copy back. The source is read in one snapshot. The
 * attachment files the copied rows refer to are copied into the target's data folder when it is
 * another folder, and the sequences continue after the source's.
 */
public final class LedgerTransfer {

    /** Rows read and written at once. */
    static final int PAGE = 1_000;
    /** Flyway's own table is never generated, but a schema built otherwise might list it. */
    private static final String MIGRATION_HISTORY = "flyway_schema_history";

    private final LedgerDatabase source;
    private final LedgerDatabase target;
    private Consumer<DSLContext> beforeVerify = tx -> { };

    public LedgerTransfer(Store source, Store target) {
        this(source.database(), target.database());
    }

    LedgerTransfer(LedgerDatabase source, LedgerDatabase target) {
        this.source = source;
        this.target = target;
    }

    /** Test hook: runs in the target's transaction after the copy, before the verification. */
    LedgerTransfer beforeVerify(Consumer<DSLContext> hook) {
        this.beforeVerify = hook;
        return this;
    }

    /**
     * Copies the source into the target, which must hold no ledger (no enterprise, no audit
     * events; the reference data a new ledger loads when opened is replaced). {@code progress} is
     * told each table's rows copied so far. Throws a {@link DomainException} naming what is wrong,
     * and then nothing is written to the target.
     */
    public TransferReport run(ObjLongConsumer<String> progress) {
        if (source.location().equals(target.location())) {
            throw new DomainException("error.transfer.sameLedger", source.location());
        }
        List<Table<?>> tables = tablesInOrder();
        return inSnapshot(source, src -> {
            Map<Sequence<?>, Long> sequences = nextValues(src);
            return target.dsl().transactionResult(cfg -> copy(src, cfg.dsl(), tables, sequences, progress));
        });
    }

    private TransferReport copy(DSLContext src, DSLContext tx, List<Table<?>> tables,
                                Map<Sequence<?>, Long> sequences, ObjLongConsumer<String> progress) {
        requireEmpty(tx);
        for (int i = tables.size() - 1; i >= 0; i--) {
            tx.deleteFrom(tables.get(i)).execute();
        }
        Map<Table<?>, Checksum> copied = new LinkedHashMap<>();
        for (Table<?> table : tables) {
            copied.put(table, copyTable(src, tx, table, progress));
        }
        beforeVerify.accept(tx);
        List<TableCheck> checks = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (Map.Entry<Table<?>, Checksum> e : copied.entrySet()) {
            TableCheck check = e.getValue().against(checksum(tx, e.getKey()));
            checks.add(check);
            if (!check.matches()) {
                different.add(check.table());
            }
        }
        if (!different.isEmpty()) {
            throw new DomainException("error.transfer.mismatch", String.join(", ", different), target.location());
        }
        long[] files = copyAttachmentFiles(tx);
        continueSequences(tx, sequences);
        return new TransferReport(source.location(), target.location(), checks, files[0], files[1]);
    }

    /**
     * Each table's rows and checksum in {@code a} and in {@code b}, computed now (each in one snapshot),
     * in the order a transfer copies them: for checking that two ledgers hold the same records.
     */
    public static List<TableCheck> compare(Store a, Store b) {
        List<Table<?>> tables = tablesInOrder();
        Map<Table<?>, Checksum> left = inSnapshot(a.database(), dsl -> checksums(dsl, tables));
        Map<Table<?>, Checksum> right = inSnapshot(b.database(), dsl -> checksums(dsl, tables));
        return tables.stream().map(t -> left.get(t).against(right.get(t))).toList();
    }

    private static Map<Table<?>, Checksum> checksums(DSLContext dsl, List<Table<?>> tables) {
        Map<Table<?>, Checksum> sums = new HashMap<>();
        tables.forEach(t -> sums.put(t, checksum(dsl, t)));
        return sums;
    }

    private void requireEmpty(DSLContext tx) {
        for (Table<?> table : List.of(ENTERPRISE, LEDGER_EVENT)) {
            if (tx.fetchExists(table)) {
                throw new DomainException("error.transfer.targetNotEmpty", target.location(), nameOf(table));
            }
        }
    }

    // ---------------------------------------------------------------- tables in foreign-key order

    /** Every table of the schema, each after the tables it refers to (a table may refer to itself). */
    static List<Table<?>> tablesInOrder() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> !nameOf(t).equals(MIGRATION_HISTORY))
                .toList());
        all.sort(Comparator.comparing(LedgerTransfer::nameOf));
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (placed.size() < all.size()) {
            boolean progressed = false;
            for (Table<?> t : all) {
                if (!placed.contains(t) && t.getReferences().stream()
                        .map(fk -> fk.getKey().getTable())
                        .allMatch(referenced -> referenced.equals(t) || placed.contains(referenced))) {
                    placed.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("the foreign keys between these tables form a cycle: "
                        + all.stream().filter(t -> !placed.contains(t)).map(LedgerTransfer::nameOf).toList());
            }
        }
        return List.copyOf(placed);
    }

    static String nameOf(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- copying

    /**
     * Copies one table page by page. A table that refers to itself (a unit's parent unit) is
     * inserted first with those references empty, then they are set: parents before children
     * whatever the primary-key order is.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Checksum copyTable(DSLContext src, DSLContext tx, Table<?> table, ObjLongConsumer<String> progress) {
        Field<?>[] fields = table.fields();
        List<Field<?>> selfReferences = new ArrayList<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            if (fk.getKey().getTable().equals(table)) {
                fk.getFields().stream().filter(f -> !selfReferences.contains(f)).forEach(selfReferences::add);
            }
        }
        int[] deferred = selfReferences.stream().mapToInt(table::indexOf).toArray();
        Query insert = tx.insertInto(table).columns(fields).values(Collections.nCopies(fields.length, null));
        Checksum sum = new Checksum(nameOf(table));
        forEachPage(src, table, page -> {
            BatchBindStep batch = tx.batch(insert);
            for (Record r : page) {
                sum.add(r);
                Object[] values = r.intoArray();
                for (int i : deferred) {
                    values[i] = null;
                }
                batch.bind(values);
            }
            batch.execute();
            progress.accept(sum.table, sum.rows);
        });
        if (!selfReferences.isEmpty()) {
            forEachPage(src, table, page -> {
                List<Query> updates = new ArrayList<>();
                for (Record r : page) {
                    Map<Field<?>, Object> set = new LinkedHashMap<>();
                    selfReferences.stream().filter(f -> r.get(f) != null).forEach(f -> set.put(f, r.get(f)));
                    if (!set.isEmpty()) {
                        updates.add(tx.update(table).set((Map) set).where(primaryKeyIs(table, r)));
                    }
                }
                if (!updates.isEmpty()) {
                    tx.batch(updates).execute();
                }
            });
        }
        return sum;
    }

    @SuppressWarnings("unchecked")
    private static Condition primaryKeyIs(Table<?> table, Record r) {
        return DSL.and(table.getPrimaryKey().getFields().stream()
                .map(f -> ((Field<Object>) f).eq(r.get(f)))
                .toList());
    }

    /** Reads {@code table} in primary-key order, a page at a time, by keyset (never a deep OFFSET). */
    private static void forEachPage(DSLContext dsl, Table<?> table, Consumer<Result<? extends Record>> work) {
        List<? extends Field<?>> key = table.getPrimaryKey().getFields();
        SortField<?>[] order = key.stream().map(f -> sortable(dsl, f).asc()).toArray(SortField[]::new);
        Object[] last = null;
        while (true) {
            var ordered = dsl.selectFrom(table).orderBy(order);
            Result<? extends Record> page = (last == null ? ordered.limit(PAGE) : ordered.seek(last).limit(PAGE)).fetch();
            if (page.isEmpty()) {
                return;
            }
            work.accept(page);
            if (page.size() < PAGE) {
                return;
            }
            Record end = page.get(page.size() - 1);
            last = key.stream().map(end::get).toArray();
        }
    }

    /**
     * The key as both engines order it alike: PostgreSQL orders text by the database's collation
     * (language rules), H2 by character; the "C" collation orders by character there too.
     */
    private static Field<?> sortable(DSLContext dsl, Field<?> f) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES && f.getType() == String.class) {
            return DSL.field("{0} collate \"C\"", String.class, f);
        }
        return f;
    }

    // ---------------------------------------------------------------- checksums

    private static Checksum checksum(DSLContext dsl, Table<?> table) {
        Checksum sum = new Checksum(nameOf(table));
        forEachPage(dsl, table, page -> page.forEach(sum::add));
        return sum;
    }

    /** Rows counted and hashed in order, each value in a form both engines give alike. */
    private static final class Checksum {
        private final String table;
        private final MessageDigest digest = sha256();
        private long rows;
        private String hex;

        Checksum(String table) {
            this.table = table;
        }

        void add(Record r) {
            for (int i = 0; i < r.size(); i++) {
                value(r.get(i));
            }
            digest.update((byte) '\n');
            rows++;
        }

        private void value(Object v) {
            if (v == null) {
                digest.update((byte) 'N');
                return;
            }
            String text;
            char tag;
            if (v instanceof OffsetDateTime t) {
                tag = 'T';
                text = t.toInstant().toString();
            } else if (v instanceof BigDecimal || v instanceof Long || v instanceof Integer || v instanceof Short) {
                tag = 'D';
                text = new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
            } else if (v instanceof byte[] bytes) {
                tag = 'B';
                text = HexFormat.of().formatHex(bytes);
            } else if (v instanceof Boolean b) {
                tag = 'Z';
                text = b.toString();
            } else if (v instanceof String s) {
                tag = 'S';
                text = s;
            } else {
                tag = 'O'; // UUID, LocalDate: their ISO text
                text = v.toString();
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update((byte) tag);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            digest.update(bytes);
        }

        String hex() {
            if (hex == null) {
                hex = HexFormat.of().formatHex(digest.digest());
            }
            return hex;
        }

        TableCheck against(Checksum other) {
            return new TableCheck(table, rows, hex(), other.rows, other.hex());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    // ---------------------------------------------------------------- attachment files

    /** Makes every attachment row's file present in the target's data folder: {references, copied}. */
    private long[] copyAttachmentFiles(DSLContext tx) {
        AttachmentFiles from = new AttachmentFiles(source.dataDir());
        AttachmentFiles to = new AttachmentFiles(target.dataDir());
        long[] counts = new long[2];
        forEachPage(tx, ATTACHMENT, page -> {
            for (Record r : page) {
                String sha = r.get(ATTACHMENT.SHA256);
                counts[0]++;
                if (!to.exists(sha)) {
                    copyFile(from, to, sha);
                    counts[1]++;
                }
            }
        });
        return counts;
    }

    private static void copyFile(AttachmentFiles from, AttachmentFiles to, String sha) {
        if (!from.exists(sha)) {
            throw new DomainException("error.transfer.attachmentMissing", sha, from.root().toString());
        }
        AttachmentFiles.Stored stored;
        try (InputStream in = Files.newInputStream(from.path(sha))) {
            stored = to.putExpecting(in, sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy attachment " + sha, e);
        }
        if (!stored.sha256().equalsIgnoreCase(sha) || !to.exists(sha)) {
            throw new DomainException("error.transfer.attachmentChanged", sha, from.root().toString());
        }
    }

    // ---------------------------------------------------------------- sequences

    /** The value each sequence gives next, read without taking it. */
    static Map<Sequence<?>, Long> nextValues(DSLContext dsl) {
        Map<Sequence<?>, Long> next = new LinkedHashMap<>();
        for (Sequence<?> s : DefaultSchema.DEFAULT_SCHEMA.getSequences()) {
            next.put(s, nextValue(dsl, s));
        }
        return next;
    }

    private static long nextValue(DSLContext dsl, Sequence<?> s) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            Record r = dsl.resultQuery("select last_value, is_called from {0}", DSL.name(s.getName())).fetchOne();
            long last = r.get(0, Long.class);
            return Boolean.TRUE.equals(r.get(1, Boolean.class)) ? last + 1 : last;
        }
        return dsl.resultQuery("select BASE_VALUE from INFORMATION_SCHEMA.SEQUENCES"
                        + " where SEQUENCE_SCHEMA = 'PUBLIC' and SEQUENCE_NAME = {0}", DSL.inline(s.getName()))
                .fetchOne(0, Long.class);
    }

    /**
     * Sets the target's sequences to continue after the source's. Neither engine rolls a sequence
     * back with the transaction, so this is the copy's last step; a sequence ahead of its rows is harmless.
     */
    @SuppressWarnings("unchecked")
    private static void continueSequences(DSLContext tx, Map<Sequence<?>, Long> next) {
        for (Map.Entry<Sequence<?>, Long> e : next.entrySet()) {
            tx.alterSequence((Sequence<Long>) e.getKey()).restartWith(e.getValue()).execute();
            long now = nextValue(tx, e.getKey());
            if (now != e.getValue()) {
                throw new IllegalStateException("sequence " + e.getKey().getName() + " continues at " + now
                        + " instead of " + e.getValue());
            }
        }
    }

    // ---------------------------------------------------------------- the source's snapshot

    /** Runs {@code work} over one connection of {@code db} in a read-only repeatable-read snapshot. */
    private static <T> T inSnapshot(LedgerDatabase db, Function<DSLContext, T> work) {
        return db.dsl().connectionResult(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.apply(DSL.using(connection, db.engine().dialect(), db.engine().settings()));
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
