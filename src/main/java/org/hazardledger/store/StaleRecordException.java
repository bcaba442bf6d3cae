package org.hazardledger.store;

import org.hazardledger.model.ConflictException;

/**
 * Someone else saved the record after it was read: the one-statement revision check
 * ({@code UPDATE … WHERE id = ? AND revision = ?}) changed no row. The services turn it into a
 * {@link ConflictException} that names who changed what, where the audit trail says.
 */
public class StaleRecordException extends ConflictException {

    public StaleRecordException(String what) {
        super("error.stale", what);
    }

    /** For records other than hazards: {@code messageKey} names what kind of record went stale. */
    public StaleRecordException(String messageKey, String what) {
        super(messageKey, what);
    }
}
