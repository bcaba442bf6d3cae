package org.hazardledger.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.store.BundleLogRepository;
import org.hazardledger.store.ReceivedRecordRepository;
import org.hazardledger.store.StoreSession;

/**
 * Applying what arrives, as steps inside a given transaction: a bundle's records upserted by
 * (sender, type, id), its receipts acknowledging what this ledger sent, and conflicts resolved.
 */
final class ReceivedRecordOperations {

    private static final int SUMMARY = 400;

    private ReceivedRecordOperations() {
    }

    /** See {@link ExchangeRecordsService#apply}. */
    static ApplyResult apply(StoreSession s, UserSession session, RecordValidator validator, BundleLogEntry entry,
            Iterable<IncomingRecord> records, Progress progress) {
        BundleLogRepository log = s.bundleLog();
        Optional<BundleLogEntry> before = log.bundle(entry.bundleId(), BundleLogEntry.Direction.RECEIVED);
        if (before.isPresent()) {
            throw replay(before.get());
        }
        Actor actor = session.actor();
        OffsetDateTime now = log.now();
        UUID source = entry.senderInstallation();
        int[] counts = new int[6];
        long done = 0;
        long total = Math.max(entry.recordCount(), 0);
        for (IncomingRecord in : records) {
            progress.checkCancelled();
            TravellingRecord r = in.record();
            validator.validate(r);
            if (r.type() == RecordType.BUNDLE_RECEIPT) {
                counts[log.acknowledge(r.id(), source) ? 4 : 5]++;
            } else {
                counts[upsert(s, source, entry.bundleId(), in, now)]++;
            }
            done++;
            progress.update(done, Math.max(total, done));
        }
        progress.checkCancelled();
        BundleLogEntry applied = new BundleLogEntry(entry.bundleId(), BundleLogEntry.Direction.RECEIVED,
                entry.kind(), entry.senderFingerprint(), entry.senderInstallation(), entry.recipientFingerprint(),
                entry.recipientInstallation(), entry.changes(), Math.toIntExact(done),
                entry.createdAt() == null ? now : entry.createdAt(), now, actor.name(), entry.fileName(), null);
        log.insertBundle(applied);
        s.events().append(actor.name(), ExchangeRecordsService.ENTITY, applied.bundleId(), "BUNDLE_IMPORTED",
                new EventPayload()
                .put("kind", applied.kind()).put("sender", source).put("senderKey", applied.senderFingerprint())
                .put("changeFrom", applied.changes().from()).put("changeTo", applied.changes().to())
                .put("full", applied.changes().full()).put("records", done)
                .put("inserted", counts[0]).put("updated", counts[1]).put("unchanged", counts[2])
                .put("conflicts", counts[3]).put("acknowledged", counts[4]).put("unknownReceipts", counts[5])
                .put("file", applied.fileName()).toJson());
        return new ApplyResult(applied, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private static DomainException replay(BundleLogEntry before) {
        return new DomainException("error.bundle.replay",
                before.processedAt().toLocalDate().toString(), before.bundleId().toString());
    }

    /** Upserts one record; returns 0 inserted, 1 updated, 2 unchanged, 3 conflict. */
    private static int upsert(StoreSession s, UUID source, UUID bundleId, IncomingRecord in, OffsetDateTime now) {
        ReceivedRecordRepository x = s.receivedRecords();
        TravellingRecord r = in.record();
        String sha = sha256(in.payload());
        Optional<ReceivedRecordRepository.Held> found = x.held(source, r.type(), r.id());
        if (found.isEmpty()) {
            x.putReceived(projection(source, r, in.payload(), sha, bundleId));
            return 0;
        }
        ReceivedRecordRepository.Held held = found.get();
        if (r.revision() > held.revision()) {
            x.putReceived(projection(source, r, in.payload(), sha, bundleId));
            return 1;
        }
        if (r.revision() < held.revision() || sha.equals(held.payloadSha256())) {
            return 2;
        }
        if (derived(r.type())) {
            int order = r.updatedAt().toInstant().compareTo(held.updatedAt().toInstant());
            if (order > 0 || (order == 0 && sha.compareTo(held.payloadSha256()) > 0)) {
                x.putReceived(projection(source, r, in.payload(), sha, bundleId));
                return 1;
            }
            return 2;
        }
        if (!x.conflictExists(source, r.type(), r.id(), r.revision(), sha)) {
            x.insertConflict(new RecordConflict(s.newId(), source, r.type(), r.id(), r.revision(), held.payload(),
                    in.payload(), bundleId, now, null, null, null), sha);
        }
        return 3;
    }

    /** Records computed when a bundle is written: figures, not edits, so never a conflict. */
    private static boolean derived(RecordType type) {
        return type == RecordType.COMPLIANCE || type == RecordType.CAMPAIGN_FIGURE;
    }

    /** See {@link ExchangeRecordsService#resolve}. */
    static RecordConflict resolve(StoreSession s, Actor actor, UUID conflictId, RecordConflict.Resolution resolution) {
        ReceivedRecordRepository x = s.receivedRecords();
        RecordConflict c = x.conflict(conflictId)
                .orElseThrow(() -> new DomainException("error.conflict.notFound"));
        if (!c.isOpen()) {
            throw resolved(c);
        }
        if (resolution == RecordConflict.Resolution.TAKEN) {
            int heldRevision = x.held(c.sourceInstallation(), c.type(), c.recordId())
                    .map(ReceivedRecordRepository.Held::revision).orElse(c.revision());
            if (heldRevision != c.revision()) {
                throw new DomainException("error.conflict.superseded", c.type().wireName(),
                        c.recordId().toString(), heldRevision);
            }
            TravellingRecord incoming = RecordJson.read(c.type(), c.incomingPayload(), 1);
            x.putReceived(projection(c.sourceInstallation(), incoming, c.incomingPayload(),
                    sha256(c.incomingPayload()), c.bundleId()));
        }
        if (!x.resolveConflict(conflictId, resolution, actor.name())) {
            throw resolved(x.conflict(conflictId).orElse(c));
        }
        s.events().append(actor.name(), ExchangeRecordsService.CONFLICT_ENTITY, conflictId,
                "CONFLICT_" + resolution.name(),
                new EventPayload().put("type", c.type().wireName()).put("record", c.recordId())
                        .put("revision", c.revision()).put("source", c.sourceInstallation())
                        .put("bundle", c.bundleId()).put("resolution", resolution).toJson());
        return x.conflict(conflictId).orElseThrow();
    }

    private static DomainException resolved(RecordConflict c) {
        return new DomainException("error.conflict.resolved", c.type().wireName(), c.recordId().toString(),
                String.valueOf(c.resolvedBy()));
    }

    /** The stored form of a received record, with the projection columns taken from its fields. */
    static ReceivedRecordRepository.Received projection(UUID source, TravellingRecord r, String payload, String sha,
            UUID bundleId) {
        UUID hazardId = r.type() == RecordType.HAZARD ? r.id()
                : r.type() == RecordType.MAJOR_HAZARD_FILE || r.type() == RecordType.FEDERATION_NOTICE
                ? ReceivedFields.uuid(r.text("hazardId")) : null;
        String number = r.text("number") != null ? r.text("number") : r.text("hazardNumber");
        String summary = firstOf(r.text("description"), r.text("title"), r.text("findings"));
        return new ReceivedRecordRepository.Received(source, r.type(), r.id(), r.revision(), r.changeSeq(),
                r.updatedAt(), r.deleted(), payload, sha, bundleId, hazardId, ReceivedFields.uuid(r.text("unitId")),
                cut(number, 40), cut(r.text("kind"), 40), cut(r.text("grade"), 20), cut(r.text("status"), 30),
                ReceivedFields.date(r.text("foundOn")), ReceivedFields.date(r.text("deadline")),
                ReceivedFields.date(r.text("closedOn")), cut(summary, SUMMARY));
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String sha256(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
