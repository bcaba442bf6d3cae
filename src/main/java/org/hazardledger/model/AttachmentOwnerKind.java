package org.hazardledger.model;

/** The kind of record a file is attached to. */
public enum AttachmentOwnerKind {
    /** A hazard of the ledger. */
    HAZARD,
    /** An inspection round. */
    ROUND
}
