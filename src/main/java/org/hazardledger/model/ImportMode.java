package org.hazardledger.model;

/** What an import does when some rows are wrong: the user's choice. */
public enum ImportMode implements Labelled {
    /** Nothing is imported unless every row is valid. */
    ALL_OR_NOTHING,
    /** The valid rows are imported (in one transaction), the others listed. */
    VALID_ONLY;

    @Override
    public String labelKey() {
        return "importMode." + name();
    }
}
