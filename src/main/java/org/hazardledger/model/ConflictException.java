package org.hazardledger.model;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A save refused because someone else saved the record after the user read it (optimistic locking
 * by revision): nothing of the user's change was written. Carries, where the audit trail names it,
 * who made the latest change, when and what they did, so the user can decide to reload.
 */
public class ConflictException extends DomainException {

    private final UUID recordId;
    private final int currentRevision;
    private final transient LastChange lastChange;
    private final boolean lastChangeInMessage;

    /**
     * The latest change the user had not seen.
     *
     * @param actor     who made it, as the audit trail names them
     * @param at        when, in the ledger's time zone
     * @param action    the action as recorded (e.g. {@code REPORT_RECTIFIED})
     * @param actionKey the bundle key naming the action, or the recorded action itself when none does
     */
    public record LastChange(String actor, LocalDateTime at, String action, String actionKey) {
    }

    /** A refusal without details (the store found the revision moved; nobody has looked who moved it). */
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
        this.recordId = null;
        this.currentRevision = -1;
        this.lastChange = null;
        this.lastChangeInMessage = false;
    }

    /**
     * A refusal that names the change: {@code messageKey} gets {@code args} as given (the service
     * puts the record, the changer, the time and the action in them).
     */
    public ConflictException(Throwable cause, String messageKey, UUID recordId, int currentRevision,
                             LastChange lastChange, Object... args) {
        this(cause, messageKey, recordId, currentRevision, lastChange, true, args);
    }

    private ConflictException(Throwable cause, String messageKey, UUID recordId, int currentRevision,
                              LastChange lastChange, boolean lastChangeInMessage, Object... args) {
        super(cause, messageKey, args);
        this.recordId = recordId;
        this.currentRevision = currentRevision;
        this.lastChange = lastChange;
        this.lastChangeInMessage = lastChangeInMessage;
    }

    /**
     * The same refusal, in the same words, told with who changed the record last and when (a
     * second sentence: {@link #lastChangeInMessage()} is false).
     */
    public ConflictException withLastChange(UUID changedRecord, LastChange change) {
        return new ConflictException(this, messageKey(), changedRecord, currentRevision, change, false,
                args().toArray());
    }

    /** True when the message itself names the change; false when it is to be told after the message. */
    public boolean lastChangeInMessage() {
        return lastChangeInMessage;
    }

    /** The record that changed; empty when the refusal does not say. */
    public Optional<UUID> recordId() {
        return Optional.ofNullable(recordId);
    }

    /** The revision the record has now; -1 when not known. */
    public int currentRevision() {
        return currentRevision;
    }

    /** Who changed it last, when and how; empty when the audit trail does not say. */
    public Optional<LastChange> lastChange() {
        return Optional.ofNullable(lastChange);
    }
}
