package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A safety report (举报) as typed into the register form: the identity is sealed by the service before
 * anything is written, and must be null for an {@link ReportChannel#ANONYMOUS} report.
 *
 * @param unitId   the unit reported on, null when not known
 * @param identity who reported, null when nobody is known
 */
public record SafetyReportDraft(ReportChannel channel, LocalDate receivedOn, UUID unitId, String summary,
                                ReporterIdentity identity) {

    public static final int SUMMARY_MIN = 4;
    public static final int SUMMARY_MAX = 4000;

    public static final String CHANNEL = "channel";
    public static final String RECEIVED_ON = "receivedOn";
    public static final String UNIT = "unit";
    public static final String SUMMARY = "summary";

    /** Checks what can be checked without the ledger. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (channel == null) {
            errors.add(FieldError.of(CHANNEL, "validation.required"));
        }
        if (receivedOn == null) {
            errors.add(FieldError.of(RECEIVED_ON, "validation.required"));
        } else if (receivedOn.isAfter(today)) {
            errors.add(FieldError.of(RECEIVED_ON, "validation.report.receivedFuture"));
        }
        if (summary == null || summary.isBlank()) {
            errors.add(FieldError.of(SUMMARY, "validation.required"));
        } else if (summary.strip().length() < SUMMARY_MIN) {
            errors.add(FieldError.of(SUMMARY, "validation.tooShort", SUMMARY_MIN));
        } else if (summary.strip().length() > SUMMARY_MAX) {
            errors.add(FieldError.of(SUMMARY, "validation.tooLong", SUMMARY_MAX));
        }
        if (channel == ReportChannel.ANONYMOUS) {
            if (identity != null) {
                errors.add(FieldError.of(ReporterIdentity.NAME, "validation.report.anonymousNoIdentity"));
            }
        } else if (channel != null) {
            if (identity == null) {
                errors.add(FieldError.of(ReporterIdentity.NAME, "validation.report.identityRequired"));
            } else {
                errors.addAll(identity.validate());
            }
        }
        return errors;
    }
}
