package org.hazardledger.sheet;

/** The kinds of file the importer reads; told apart by their first bytes, not by the file name. */
public enum SheetFormat {
    XLSX,
    XLS,
    CSV
}
