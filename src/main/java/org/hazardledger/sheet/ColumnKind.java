package org.hazardledger.sheet;

/**
 * How an exported column's values are written: text, a real date (an Excel date, not text), a
 * whole number, a decimal, a percentage (values in percent, 87.5 = 87.5%) or an amount in yuan.
 */
public enum ColumnKind {
    TEXT,
    DATE,
    INTEGER,
    DECIMAL,
    PERCENT,
    AMOUNT
}
