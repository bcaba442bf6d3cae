package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A union record on one or more hazards: a written proposal, or a stop-production or evacuation
 * recommendation, and the enterprise's written answer. Once answered it is not edited (the
 * answer and the record are evidence); a change is a new record.
 *
 * @param issuerTier   the tier of the union body that issued it; null = the enterprise union
 * @param issuerUnitId the unit of that union body; null = the whole enterprise
 * @param replyDays    the working days a proposal had for its answer when it was issued
 */
public record UnionRecord(UUID id, int revision, String number, UnionRecordKind kind, Tier issuerTier,
                          UUID issuerUnitId, String issuedBy, LocalDate issuedOn, LocalDate deliveredOn,
                          String findings, String recommendation, int replyDays, List<UUID> hazardIds,
                          String answer, LocalDate answeredOn, String answeredBy, Instant createdAt) {

    /** Only the union puts its voice on record. */
    public static final Set<AccountRole> ISSUERS = EnumSet.of(AccountRole.UNION_MEMBER);
    /** The enterprise answers through its safety clerk or its principal. */
    public static final Set<AccountRole> ANSWERERS = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL);

    public UnionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        hazardIds = List.copyOf(hazardIds);
        if (hazardIds.isEmpty()) {
            throw new IllegalArgumentException("a union record concerns at least one hazard");
        }
        if ((answer == null) != (answeredOn == null)) {
            throw new IllegalArgumentException("an answer has both its text and its date");
        }
    }

    /** GH-yyyy-nnnn: numbered per year like the union's own register of documents. */
    public static String formatNumber(int year, int sequence) {
        return String.format("GH-%04d-%04d", year, sequence);
    }

    /** Refuses anyone but a union member: the enterprise cannot speak for the union. */
    public static void requireIssuer(AccountRole role) {
        if (role == null || !ISSUERS.contains(role)) {
            throw new DomainException("error.union.issuerRole", roleKey(role));
        }
    }

    /** Refuses anyone but the clerk or the principal: the union does not answer itself. */
    public static void requireAnswerer(AccountRole role) {
        if (role == null || !ANSWERERS.contains(role)) {
            throw new DomainException("error.union.answererRole", roleKey(role));
        }
    }

    /**
     * Refuses a hazard outside the units the union body answers for.
     *
     * @param scope the issuer's unit and the units below it; null = the whole enterprise
     */
    public static void requireInScope(String hazardNumber, UUID hazardUnitId, Set<UUID> scope) {
        if (scope != null && !scope.contains(hazardUnitId)) {
            throw new DomainException("error.union.outsideScope", hazardNumber);
        }
    }

    public UnionRecordStatus status() {
        return answer == null ? UnionRecordStatus.OPEN : UnionRecordStatus.ANSWERED;
    }

    public boolean urgent() {
        return kind.urgent();
    }

    /**
     * The answer clock: a proposal's runs {@link #replyDays} working days of {@code calendar} after
     * delivery (that day not counted); an urgent record's is due the day it is delivered.
     */
    public Deadline deadline(WorkingCalendar calendar) {
        return kind.urgent() ? ReplyClock.immediate(deliveredOn, calendar)
                : new ReplyClock(replyDays).forProposal(deliveredOn, calendar);
    }

    public ClockState clockState(LocalDate today, WorkingCalendar calendar) {
        return deadline(calendar).stateOn(today, Optional.ofNullable(answeredOn));
    }

    /** Unanswered past its due day. */
    public boolean overdue(LocalDate today, WorkingCalendar calendar) {
        return status() == UnionRecordStatus.OPEN && deadline(calendar).stateOn(today) == ClockState.OVERDUE;
    }

    /** Shown in red: an urgent record until it is answered, a proposal once overdue. */
    public boolean alarming(LocalDate today, WorkingCalendar calendar) {
        return status() == UnionRecordStatus.OPEN && (urgent() || overdue(today, calendar));
    }

    /**
     * The record with the enterprise's answer, if {@code role} may answer, it is still open and the
     * answer is complete, not in the future and not before delivery.
     */
    public UnionRecord answered(UnionAnswer reply, String by, AccountRole role, LocalDate today) {
        requireAnswerer(role);
        requireOpen();
        List<FieldError> errors = reply.validate(today, deliveredOn);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new UnionRecord(id, revision, number, kind, issuerTier, issuerUnitId, issuedBy, issuedOn,
                deliveredOn, findings, recommendation, replyDays, hazardIds, reply.text().strip(),
                reply.answeredOn(), by, createdAt);
    }

    /** An answered record is evidence: it is never changed again. */
    public void requireOpen() {
        if (status() == UnionRecordStatus.ANSWERED) {
            throw new DomainException("error.union.answered", number);
        }
    }

    private static String roleKey(AccountRole role) {
        return role == null ? "accountRole.none" : role.labelKey();
    }
}
