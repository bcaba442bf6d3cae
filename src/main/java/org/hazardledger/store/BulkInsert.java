package org.hazardledger.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Many rows of one table in one prepared JDBC batch with bind values: the statement is rendered and
 * parsed once, where jOOQ's {@code batchInsert(records)} renders one statement per record (measured:
 * most of an import's time went there, S08). The columns written are those set on the first record
 * (every record of a call sets the same ones), so column defaults apply as with {@code record.insert()}.
 */
final class BulkInsert {

    /** Rows per {@code executeBatch}: bounds the driver's batch list. */
    private static final int CHUNK = 1_000;

    private BulkInsert() {
    }

    static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        R first = records.get(0);
        List<Field<?>> columns = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        Field<?>[] all = table.fields();
        for (int i = 0; i < all.length; i++) {
            if (first.changed(all[i])) {
                columns.add(all[i]);
                indexes.add(i);
            }
        }
        String sql = dsl.insertInto(table).columns(columns)
                .values(Collections.nCopies(columns.size(), (Object) null)).getSQL();
        int[] at = indexes.stream().mapToInt(Integer::intValue).toArray();
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (R r : records) {
                    for (int j = 0; j < at.length; j++) {
                        ps.setObject(j + 1, r.get(at[j]));
                    }
                    ps.addBatch();
                    if (++pending == CHUNK) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }
}
