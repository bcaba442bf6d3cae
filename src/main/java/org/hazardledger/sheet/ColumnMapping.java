package org.hazardledger.sheet;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.hazardledger.model.LedgerField;

/** Which sheet column (0-based) holds which ledger field; a column not in the map is ignored. */
public record ColumnMapping(Map<Integer, LedgerField> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    public LedgerField fieldAt(int column) {
        return columns.get(column);
    }

    public OptionalInt columnOf(LedgerField field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).mapToInt(Map.Entry::getKey).min();
    }

    /** The same mapping with {@code column} holding {@code field} (null: ignored); a field lives in one column. */
    public ColumnMapping with(int column, LedgerField field) {
        Map<Integer, LedgerField> next = new TreeMap<>(columns);
        next.values().removeIf(f -> f == field);
        next.remove(column);
        if (field != null) {
            next.put(column, field);
        }
        return new ColumnMapping(next);
    }
}
