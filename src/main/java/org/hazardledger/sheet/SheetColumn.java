package org.hazardledger.sheet;

/** One exported column: its header, how its values are written, and its width in characters. */
public record SheetColumn(String header, ColumnKind kind, int width) {
}
