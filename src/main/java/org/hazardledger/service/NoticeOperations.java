package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.FederationNoticeRepository;
import org.hazardledger.store.FederationRepository.Received;
import org.hazardledger.store.StoreSession;

/**
 * The federation's notices as steps inside a given transaction: written and revised (federation
 * side, validated and audited), travelling in a feedback bundle, and read back from the received
 * records on the enterprise side.
 */
final class NoticeOperations {

    static final String ENTITY = "FEDERATION_NOTICE";

    private NoticeOperations() {
    }

    /** The notices to {@code enterpriseInstallation} changed within a non-empty {@code range}, as they travel. */
    static int collectFeedback(StoreSession s, UUID enterpriseInstallation, ChangeRange range,
            Consumer<TravellingRecord> sink, Progress progress) {
        return s.federationNotices().noticesChanged(enterpriseInstallation, range.from(), range.to(), row -> {
            progress.checkCancelled();
            sink.accept(travelling(row));
        });
    }

    /** See {@link FederationService#issueNotice}. */
    static FederationNotice issue(StoreSession s, Actor actor, NoticeDraft draft) {
        requireFederation(s);
        validate(s, draft);
        FederationNotice n = notice(s.newId(), 1, draft, actor.name());
        s.federationNotices().insertNotice(n);
        s.events().append(actor.name(), ENTITY, n.id(), "ISSUE", payload(n).toJson());
        return n;
    }

    /** See {@link FederationService#reviseNotice}. */
    static FederationNotice revise(StoreSession s, Actor actor, UUID id, int revision, NoticeDraft draft) {
        requireFederation(s);
        FederationNotice before = s.federationNotices().notice(id)
                .orElseThrow(() -> new DomainException("error.notice.notFound"));
        validate(s, draft);
        if (!before.enterpriseInstallation().equals(draft.enterpriseInstallation())) {
            throw new ValidationException(List.of(FieldError.of(NoticeDraft.ENTERPRISE,
                    "validation.notice.enterpriseFixed")));
        }
        FederationNotice after = s.federationNotices().updateNotice(notice(id, revision, draft, actor.name()),
                revision);
        s.events().append(actor.name(), ENTITY, id, "REVISE", new EventPayload()
                .put("revision", after.revision())
                .change("kind", before.kind(), after.kind())
                .change("hazardNumber", before.hazardNumber(), after.hazardNumber())
                .change("documentNo", before.documentNo(), after.documentNo())
                .change("title", before.title(), after.title())
                .change("body", before.body(), after.body())
                .change("verified", before.verified(), after.verified())
                .change("issuedOn", before.issuedOn(), after.issuedOn()).toJson());
        return after;
    }

    private static void requireFederation(StoreSession s) {
        if (InstallationOperations.installation(s).role() != InstallationRole.FEDERATION) {
            throw new DomainException("error.federation.only");
        }
    }

    private static void validate(StoreSession s, NoticeDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.validate(LocalDate.now(s.clock())));
        if (draft.enterpriseInstallation() != null
                && !s.federation().knownEnterprises().containsKey(draft.enterpriseInstallation())) {
            errors.add(0, FieldError.of(NoticeDraft.ENTERPRISE, "validation.notice.enterpriseUnknown"));
        } else if (draft.enterpriseInstallation() != null && draft.hazardId() != null
                && !s.federation().hasHazard(draft.enterpriseInstallation(), draft.hazardId())) {
            errors.add(FieldError.of(NoticeDraft.HAZARD, "validation.notice.hazardUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static FederationNotice notice(UUID id, int revision, NoticeDraft d, String issuedBy) {
        boolean onHazard = d.hazardId() != null;
        return new FederationNotice(id, revision, d.enterpriseInstallation(), d.kind(), d.hazardId(),
                onHazard ? d.hazardNumber() : null, d.documentNo(), d.title(), d.body(), d.verified(), d.issuedOn(),
                issuedBy);
    }

    private static EventPayload payload(FederationNotice n) {
        return new EventPayload().put("enterprise", n.enterpriseInstallation()).put("kind", n.kind())
                .put("hazardNumber", n.hazardNumber()).put("documentNo", n.documentNo()).put("title", n.title())
                .put("verified", n.verified()).put("issuedOn", n.issuedOn());
    }

    /** A notice as it travels in a feedback bundle (federation_notice). */
    static TravellingRecord travelling(FederationNoticeRepository.NoticeRow row) {
        FederationNotice n = row.notice();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("enterpriseInstallation", n.enterpriseInstallation().toString());
        fields.put("kind", n.kind().name());
        fields.put("hazardId", n.hazardId() == null ? null : n.hazardId().toString());
        fields.put("hazardNumber", n.hazardNumber());
        fields.put("documentNo", n.documentNo());
        fields.put("title", n.title());
        fields.put("body", n.body());
        fields.put("verified", n.verified());
        fields.put("issuedOn", n.issuedOn().toString());
        fields.put("issuedBy", n.issuedBy());
        return new TravellingRecord(RecordType.FEDERATION_NOTICE, n.id(), n.revision(), row.changeSeq(),
                row.updatedAt(), row.deleted(), fields);
    }

    /** A received federation_notice record as a notice; null when it cannot be read. */
    static FederationNotice notice(TravellingRecord t) {
        try {
            NoticeKind kind = NoticeKind.valueOf(t.text("kind"));
            String hazard = t.text("hazardId");
            Object verified = t.fields().get("verified");
            return new FederationNotice(t.id(), t.revision(), ReceivedFields.uuid(t.text("enterpriseInstallation")),
                    kind, hazard == null ? null : UUID.fromString(hazard), t.text("hazardNumber"),
                    t.text("documentNo"), t.text("title"), t.text("body"),
                    verified instanceof Boolean ? (Boolean) verified : null, ReceivedFields.date(t, "issuedOn"),
                    t.text("issuedBy"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Enterprise side: the received federation_notice rows that read as notices, newest first. */
    static List<FederationNotice> newestFirst(List<Received> rows) {
        List<FederationNotice> out = new ArrayList<>();
        for (Received r : rows) {
            TravellingRecord t = ReceivedFields.parse(RecordType.FEDERATION_NOTICE, r);
            FederationNotice n = t == null ? null : notice(t);
            if (n != null) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(FederationNotice::issuedOn, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }
}
