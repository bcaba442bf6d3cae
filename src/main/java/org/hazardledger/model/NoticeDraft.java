package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the federation writes to one enterprise: the kind, the hazard it concerns (required for a
 * verification result and a listing), the document number, title, body, the verification result
 * (VERIFICATION only) and the day it is issued. {@link #validate} names each refused field.
 *
 * @param hazardId     the hazard's id in the enterprise's ledger, or null for the whole enterprise
 * @param hazardNumber the hazard's number as the enterprise shows it, or null
 * @param verified     VERIFICATION: whether the rectification was found done; otherwise null
 */
public record NoticeDraft(UUID enterpriseInstallation, NoticeKind kind, UUID hazardId, String hazardNumber,
                          String documentNo, String title, String body, Boolean verified, LocalDate issuedOn) {

    public static final String ENTERPRISE = "enterprise";
    public static final String KIND = "kind";
    public static final String HAZARD = "hazard";
    public static final String DOCUMENT_NO = "documentNo";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String VERIFIED = "verified";
    public static final String ISSUED_ON = "issuedOn";
    public static final int MAX_DOCUMENT_NO = 100;
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    public NoticeDraft {
        documentNo = blankToNull(documentNo);
        hazardNumber = blankToNull(hazardNumber);
        title = title == null ? null : title.strip();
        body = body == null ? null : body.strip();
    }

    /** Whether a notice of {@code kind} must name a hazard. */
    public static boolean needsHazard(NoticeKind kind) {
        return kind == NoticeKind.VERIFICATION || kind == NoticeKind.LISTING;
    }

    /** The reasons the draft cannot be issued on {@code today}; empty when it can. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (enterpriseInstallation == null) {
            errors.add(FieldError.of(ENTERPRISE, "validation.notice.enterpriseRequired"));
        }
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.notice.kindRequired"));
        } else {
            if (needsHazard(kind) && (hazardId == null || hazardNumber == null)) {
                errors.add(FieldError.of(HAZARD, "validation.notice.hazardRequired"));
            }
            if (kind == NoticeKind.VERIFICATION && verified == null) {
                errors.add(FieldError.of(VERIFIED, "validation.notice.verifiedRequired"));
            }
            if (kind != NoticeKind.VERIFICATION && verified != null) {
                errors.add(FieldError.of(VERIFIED, "validation.notice.verifiedOnlyForVerification"));
            }
        }
        if (hazardNumber != null && hazardNumber.length() > 40) {
            errors.add(FieldError.of(HAZARD, "validation.notice.tooLong", 40));
        }
        if (documentNo != null && documentNo.length() > MAX_DOCUMENT_NO) {
            errors.add(FieldError.of(DOCUMENT_NO, "validation.notice.tooLong", MAX_DOCUMENT_NO));
        }
        text(errors, TITLE, title, MAX_TITLE);
        text(errors, BODY, body, MAX_BODY);
        if (issuedOn == null) {
            errors.add(FieldError.of(ISSUED_ON, "validation.notice.dateRequired"));
        } else if (issuedOn.isAfter(today)) {
            errors.add(FieldError.of(ISSUED_ON, "validation.date.future"));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            errors.add(FieldError.of(field, "validation.notice.textRequired"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.notice.tooLong", max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
