package org.hazardledger.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Installation;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.ApplyResult;
import org.hazardledger.service.ExchangeRecordsService;
import org.hazardledger.service.FederationService;
import org.hazardledger.service.Progress;

/**
 * Writing and reading bundles (docs/bundle-format.md). Writes go to a temporary name in the chosen
 * folder, are synced and renamed, then read back and verified before the call returns. Reads verify
 * everything before one transaction applies it.
 */
public final class ExchangeService {

    /** Largest bundle read: 8 GiB of entries. */
    public static final long DEFAULT_LIMIT = 8L << 30;
    static final String EXTENSION = ".hlb";
    static final String TEMP_FOLDER = "tmp";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataDir;
    private final KeyRing keys;
    private final ExchangeRecordsService records;
    private final FederationService federation;
    private final Clock clock;
    private final long limit;

    public ExchangeService(Path dataDir, KeyRing keys, ExchangeRecordsService records, FederationService federation,
            Clock clock) {
        this(dataDir, keys, records, federation, clock, DEFAULT_LIMIT);
    }

    ExchangeService(Path dataDir, KeyRing keys, ExchangeRecordsService records, FederationService federation,
            Clock clock, long limit) {
        this.dataDir = dataDir;
        this.keys = keys;
        this.records = records;
        this.federation = federation;
        this.clock = clock;
        this.limit = limit;
    }

    /** Enterprise → federation: the ledger's records, all of them or those changed since the last acknowledged bundle. */
    public ExportResult exportRecords(Fingerprint recipient, Path folder, boolean full, char[] passphrase,
            Progress progress) {
        Installation self = records.installation();
        requireRole(self, InstallationRole.ENTERPRISE, BundleKind.RECORDS);
        ExchangeKeyEntry to = recipient(recipient, InstallationRole.FEDERATION);
        long last = records.lastChangeSeq();
        ChangeRange range = new ChangeRange(full ? 1 : records.acknowledgedUpTo(to.installationId()) + 1, last, full);
        return export(BundleKind.RECORDS, self, to, range, folder, passphrase, progress,
                sink -> records.collectRecords(range, sink, progress));
    }

    /** Federation → enterprise: the notices for that enterprise changed since its last acknowledgement. */
    public ExportResult exportFeedback(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        Installation self = records.installation();
        requireRole(self, InstallationRole.FEDERATION, BundleKind.FEEDBACK);
        ExchangeKeyEntry to = recipient(recipient, InstallationRole.ENTERPRISE);
        long last = records.lastChangeSeq();
        long acknowledged = records.acknowledgedUpTo(to.installationId());
        ChangeRange range = new ChangeRange(acknowledged + 1, last, acknowledged == 0);
        return export(BundleKind.FEEDBACK, self, to, range, folder, passphrase, progress,
                sink -> federation.collectFeedback(to.installationId(), range, sink, progress));
    }

    /** Either way: which bundles from {@code recipient} this ledger has applied. */
    public ExportResult acknowledge(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        Installation self = records.installation();
        ExchangeKeyEntry to = recipient(recipient, null);
        long last = records.lastChangeSeq();
        ChangeRange range = new ChangeRange(1, last, true);
        return export(BundleKind.ACKNOWLEDGEMENT, self, to, range, folder, passphrase, progress,
                sink -> records.collectReceipts(to.installationId(), sink));
    }

    /** Verifies and applies a bundle; a bundle already applied is reported and skipped. */
    public ImportResult importBundle(Path file, char[] passphrase, Progress progress) {
        Path staging = stagingFile();
        try {
            Verified verified = verify(file, passphrase, staging, progress);
            try (BundleArchive archive = verified.archive()) {
                Manifest m = archive.manifest();
                Optional<BundleLogEntry> previously = records.received(m.bundleId());
                if (previously.isPresent()) {
                    return new ImportResult(previously.get(), null, previously.get(), m.counts());
                }
                requireDirection(m);
                requireTypes(m);
                BundleLogEntry entry = logEntry(m, BundleLogEntry.Direction.RECEIVED, file.getFileName().toString(),
                        archive.manifest().counts().values().stream().mapToInt(Integer::intValue).sum());
                for (String sha : archive.attachments()) {
                    progress.checkCancelled();
                    try (InputStream in = archive.openAttachment(sha)) {
                        records.storeAttachment(sha, in);
                    } catch (IOException e) {
                        throw new DomainException(e, "error.bundle.damaged", BundleCrypto.reason(e));
                    }
                }
                ApplyResult applied = records.apply(entry, archive.records(), progress);
                return new ImportResult(applied.entry(), applied, null, m.counts());
            }
        } finally {
            BundleWriter.deleteQuietly(staging);
        }
    }

    /** Verifies a bundle and shows its manifest without applying anything. */
    public BundleInspection inspect(Path file, char[] passphrase) {
        Path staging = stagingFile();
        try {
            Verified verified = verify(file, passphrase, staging, Progress.NONE);
            try (BundleArchive archive = verified.archive()) {
                return new BundleInspection(archive.manifest(), verified.signer(),
                        ManifestJson.pretty(archive.manifest()));
            }
        } finally {
            BundleWriter.deleteQuietly(staging);
        }
    }

    private record Verified(BundleArchive archive, ExchangeKeyEntry signer) {
    }

    /** Steps 1–5 of docs/bundle-format.md section 3: everything but the replay check and applying. */
    private Verified verify(Path file, char[] passphrase, Path staging, Progress progress) {
        return verify(file, passphrase, staging, progress, false);
    }

    /**
     * @param readBack the writer reading its own bundle: it must be signed by our own key and is
     *                 addressed to the other side
     */
    private Verified verify(Path file, char[] passphrase, Path staging, Progress progress, boolean readBack) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.unreadable", file.toString(), BundleCrypto.reason(e));
        }
        if (size > limit + (64L << 20)) {
            throw new DomainException("error.bundle.tooLarge", size, limit);
        }
        ExchangeKeyEntry[] signer = new ExchangeKeyEntry[1];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(staging), 1 << 16)) {
            new BundleCrypto().decryptAndVerify(in, out, keys.ownSecretRings(), passphrase, keyId -> {
                Optional<ExchangeKeyEntry> entry = keys.entryHoldingKey(keyId);
                if (entry.isPresent() && !entry.get().isTrusted()) {
                    throw new DomainException("error.bundle.untrustedSender", entry.get().name(),
                            entry.get().fingerprint().grouped());
                }
                entry.ifPresent(e -> signer[0] = e);
                return entry.flatMap(e -> keys.publicRing(e.fingerprint())).map(ring -> ring.getPublicKey(keyId));
            });
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.unreadable", file.toString(), BundleCrypto.reason(e));
        }
        progress.checkCancelled();
        BundleArchive archive = BundleArchive.open(staging, limit, records::validate, progress);
        try {
            Manifest m = archive.manifest();
            if (!m.sender().fingerprint().equals(signer[0].fingerprint())
                    || !m.sender().installationId().equals(signer[0].installationId())) {
                throw new DomainException("error.bundle.senderMismatch", m.sender().name(), signer[0].name());
            }
            boolean ours = keys.list().stream().anyMatch(k -> k.own() && k.fingerprint().equals(m.recipient()));
            if (readBack ? !signer[0].own() : !ours) {
                throw new DomainException("error.bundle.notForUs");
            }
            return new Verified(archive, signer[0]);
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private ExportResult export(BundleKind kind, Installation self, ExchangeKeyEntry to, ChangeRange range,
            Path folder, char[] passphrase, Progress progress, Consumer<Consumer<TravellingRecord>> collect) {
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new DomainException("error.bundle.folder", folder.toString());
        }
        ExchangeKeyEntry own = keys.current().orElseThrow(() -> new DomainException("error.key.none"));
        PGPSecretKeyRing ownRing = keys.ownSecretRings().get(0);
        PGPSecretKey signingSecret = BundleCrypto.signingKey(ownRing);
        PGPPrivateKey signer = BundleCrypto.unlock(signingSecret, passphrase);
        List<PGPPublicKey> recipients = List.of(
                BundleCrypto.encryptionKey(publicRing(to.fingerprint())),
                BundleCrypto.encryptionKey(publicRing(own.fingerprint())));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        UUID bundleId = UUID.randomUUID();
        Path target = folder.resolve(fileName(own.fingerprint(), to.fingerprint(), now, bundleId));
        try (BundleWriter writer = new BundleWriter(dataDir.resolve(TEMP_FOLDER))) {
            collect.accept(record -> {
                progress.checkCancelled();
                writer.add(record);
            });
            List<Manifest.Entry> entries = writer.finishRecords(this::attachmentSize);
            Manifest manifest = new Manifest(ManifestJson.FORMAT, bundleId, kind, now, application(),
                    new Manifest.Party(own.fingerprint(), self.id(), self.role(), self.name()), to.fingerprint(),
                    to.installationId(), range, writer.counts(), entries);
            writer.writeTo(target, manifest, recipients, signer, signingSecret.getPublicKey(), records::openAttachment,
                    progress);
            readBack(target, passphrase, manifest);
            BundleLogEntry entry = logEntry(manifest, BundleLogEntry.Direction.SENT, target.getFileName().toString(),
                    writer.recordCount());
            records.recordSent(entry);
            return new ExportResult(target, size(target), entry, manifest.counts());
        } catch (RuntimeException e) {
            BundleWriter.deleteQuietly(target);
            throw e;
        }
    }

    /** The written file must decrypt with our own key, carry our signature and match its manifest. */
    private void readBack(Path target, char[] passphrase, Manifest written) {
        Path staging = stagingFile();
        try {
            Verified verified = verify(target, passphrase, staging, Progress.NONE, true);
            verified.archive().close();
            if (!verified.archive().manifest().bundleId().equals(written.bundleId())) {
                throw new DomainException("error.bundle.readBack", target.toString(), "bundle id");
            }
        } catch (DomainException e) {
            throw new DomainException(e, "error.bundle.readBack", target.toString(), e.messageKey());
        } finally {
            BundleWriter.deleteQuietly(staging);
        }
    }

    private ExchangeKeyEntry recipient(Fingerprint fingerprint, InstallationRole role) {
        ExchangeKeyEntry entry = keys.list().stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst()
                .orElseThrow(() -> new DomainException("error.bundle.recipientUnknown", fingerprint.grouped()));
        if (entry.own() || !entry.isTrusted()) {
            throw new DomainException("error.bundle.recipientUntrusted", entry.name(), fingerprint.grouped());
        }
        if (role != null && entry.role() != role) {
            throw new DomainException("error.bundle.recipientRole", entry.name());
        }
        return entry;
    }

    private static void requireRole(Installation self, InstallationRole role, BundleKind kind) {
        if (self.role() != role) {
            throw new DomainException("error.bundle.wrongDirection", kind.wireName());
        }
    }

    /** Records go to a federation, feedback to an enterprise; acknowledgements either way. */
    private void requireDirection(Manifest m) {
        InstallationRole self = records.installation().role();
        boolean fits = m.kind() == BundleKind.ACKNOWLEDGEMENT
                || m.kind() == BundleKind.RECORDS && self == InstallationRole.FEDERATION
                && m.sender().role() == InstallationRole.ENTERPRISE
                || m.kind() == BundleKind.FEEDBACK && self == InstallationRole.ENTERPRISE
                && m.sender().role() == InstallationRole.FEDERATION;
        if (!fits) {
            throw new DomainException("error.bundle.wrongDirection", m.kind().wireName());
        }
    }

    /**
     * Each kind carries its own types: notices only in feedback, receipts only in acknowledgements, and
     * the ledger's records only in records bundles (types of a newer minor version are left out anyway).
     */
    private static void requireTypes(Manifest m) {
        for (String wire : m.counts().keySet()) {
            RecordType type = RecordType.fromWire(wire).orElse(null);
            boolean fits = type == null
                    || m.kind() == BundleKind.FEEDBACK && type == RecordType.FEDERATION_NOTICE
                    || m.kind() == BundleKind.ACKNOWLEDGEMENT && type == RecordType.BUNDLE_RECEIPT
                    || m.kind() == BundleKind.RECORDS && type != RecordType.FEDERATION_NOTICE
                    && type != RecordType.BUNDLE_RECEIPT;
            if (!fits) {
                throw new DomainException("error.bundle.unexpectedType", wire, m.kind().wireName());
            }
        }
    }

    private BundleLogEntry logEntry(Manifest m, BundleLogEntry.Direction direction, String fileName, int count) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new BundleLogEntry(m.bundleId(), direction, m.kind(), m.sender().fingerprint(),
                m.sender().installationId(), m.recipient(), m.recipientInstallation(), m.changes(), count,
                m.createdAt(), now, null, fileName, null);
    }

    private PGPPublicKeyRing publicRing(Fingerprint fingerprint) {
        return keys.publicRing(fingerprint)
                .orElseThrow(() -> new DomainException("error.bundle.recipientUnknown", fingerprint.grouped()));
    }

    private long attachmentSize(String sha) {
        try (InputStream in = records.openAttachment(sha)) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path stagingFile() {
        try {
            Path folder = Files.createDirectories(dataDir.resolve(TEMP_FOLDER));
            return Files.createTempFile(folder, "import-", ".zip");
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.write", BundleCrypto.reason(e));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(Fingerprint sender, Fingerprint recipient, OffsetDateTime created, UUID bundleId) {
        return "HL-" + last8(sender) + "-" + last8(recipient) + "-" + FILE_TIME.format(created) + "-"
                + bundleId.toString().substring(0, 8) + EXTENSION;
    }

    private static String last8(Fingerprint fingerprint) {
        return fingerprint.hex().substring(32);
    }

    private static String application() {
        String version = ExchangeService.class.getPackage().getImplementationVersion();
        return "HazardLedger " + (version == null ? "dev" : version);
    }
}
