package org.hazardledger.store;

import org.hazardledger.model.DomainException;

/** Someone else saved the record after it was read: the user must reload and redo the change. */
public class StaleRecordException extends DomainException {

    public StaleRecordException(String what) {
        super("error.stale", what);
    }

    /** For records other than hazards: {@code messageKey} names what kind of record went stale. */
    public StaleRecordException(String messageKey, String what) {
        super(messageKey, what);
    }
}
