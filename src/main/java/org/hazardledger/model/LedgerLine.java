package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One hazard as a line of a ledger sheet: every value by its {@link LedgerField}, people and units
 * by name (so the line means the same in another ledger). Export writes these; import reads them.
 * A missing value is absent (never an empty string).
 */
public final class LedgerLine {

    /** What the finder column says for an anonymous finder. */
    public static final String ANONYMOUS_ZH = "匿名";

    private final Map<LedgerField, Object> values;

    private LedgerLine(Map<LedgerField, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A line from values of the fields' types; blank strings are dropped. */
    public static LedgerLine of(Map<LedgerField, ?> given) {
        EnumMap<LedgerField, Object> copy = new EnumMap<>(LedgerField.class);
        given.forEach((field, value) -> {
            if (value == null || (value instanceof String s && s.isBlank())) {
                return;
            }
            if (!field.type().isInstance(value)) {
                throw new IllegalArgumentException(field + " takes " + field.type().getSimpleName() + ", not "
                        + value.getClass().getSimpleName());
            }
            copy.put(field, value instanceof String s ? s.strip() : value);
        });
        return new LedgerLine(copy);
    }

    public Object get(LedgerField field) {
        return values.get(field);
    }

    public boolean has(LedgerField field) {
        return values.containsKey(field);
    }

    public String text(LedgerField field) {
        return (String) values.get(field);
    }

    public LocalDate date(LedgerField field) {
        return (LocalDate) values.get(field);
    }

    public BigDecimal amount(LedgerField field) {
        return (BigDecimal) values.get(field);
    }

    public <E extends Enum<E>> E choice(LedgerField field, Class<E> type) {
        return type.cast(values.get(field));
    }

    /** The finder column says the finder is anonymous. */
    public boolean anonymous() {
        String finder = text(LedgerField.FINDER);
        return finder != null && (finder.equals(ANONYMOUS_ZH) || finder.equalsIgnoreCase("anonymous"));
    }

    /** Every value, for comparing lines field by field. */
    public Map<LedgerField, Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerLine other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "LedgerLine" + values;
    }
}
