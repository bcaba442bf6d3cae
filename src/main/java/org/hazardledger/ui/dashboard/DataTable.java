package org.hazardledger.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures behind one chart, as the "数据" table shows them and as CSV takes them out: key columns
 * (a month, a unit …) followed by number columns. A null number is a rate with nothing to divide by.
 */
public record DataTable(List<String> keyColumns, List<String> valueColumns, List<Row> rows) {

    public DataTable {
        keyColumns = List.copyOf(keyColumns);
        valueColumns = List.copyOf(valueColumns);
        rows = List.copyOf(rows);
    }

    /** One line: its keys (the first is the chart's category) and its numbers. */
    public record Row(List<String> keys, List<Number> values) {

        public Row {
            keys = List.copyOf(keys);
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public String label() {
            return keys.get(0);
        }

        /** The number in value column {@code index}, 0 when it is missing (for charts). */
        public double number(int index) {
            Number n = values.get(index);
            return n == null ? 0 : n.doubleValue();
        }
    }

    public List<String> columns() {
        List<String> all = new ArrayList<>(keyColumns);
        all.addAll(valueColumns);
        return all;
    }

    /** Cell {@code column} of {@code row} as text: keys as they are, rates with one decimal, "—" for none. */
    public static String text(Row row, int column) {
        if (column < row.keys().size()) {
            return row.keys().get(column);
        }
        Number n = row.values().get(column - row.keys().size());
        if (n == null) {
            return "—";
        }
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }

    public static DataTable empty() {
        return new DataTable(List.of(), List.of(), List.of());
    }
}
