package org.hazardledger.ui.exchange;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hazardledger.exchange.ExportResult;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Installation;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.service.Progress;

/** The exchange as the page's tests want it: keys in a list, every call recorded, failures on demand. */
class FakeExchangeActions implements ExchangeActions {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 6, 15, 1, 30, 0, 0, ZoneOffset.UTC);
    static final Fingerprint OWN = new Fingerprint("730DC2A8DFF5291BCAEE5907E8F34CA4DAC89583");
    static final Fingerprint FEDERATION = new Fingerprint("1111222233334444555566667777888899990000");
    static final Fingerprint OLD_FEDERATION = new Fingerprint("AAAABBBBCCCCDDDDEEEEFFFF0000111122223333");
    static final UUID OWN_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID FEDERATION_ID = UUID.fromString("00000000-0000-0000-0000-000000000002");

    InstallationRole role = InstallationRole.ENTERPRISE;
    ExchangeKeyEntry own;
    final List<ExchangeKeyEntry> others = new ArrayList<>();
    final List<BundleLogEntry> logEntries = new ArrayList<>();
    final List<RecordConflict> openConflicts = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** Copies of the passphrase arrays handed in, and the arrays themselves (to see them wiped). */
    final List<char[]> passphrases = new ArrayList<>();
    final List<String> passphraseTexts = new ArrayList<>();
    RuntimeException failKeys;
    RuntimeException failExport;
    RuntimeException failImport;
    /** Runs inside a bundle call, e.g. to cancel it. */
    Function<Progress, Void> during = p -> null;
    ImportResult importAnswer;
    String importedArmored;

    static ExchangeKeyEntry key(Fingerprint fp, UUID installation, String name, InstallationRole role, boolean own,
            boolean trusted, boolean retired) {
        return new ExchangeKeyEntry(fp, installation, name, role, own, "-----BEGIN PGP PUBLIC KEY BLOCK-----", AT, AT,
                "tester", trusted ? AT : null, trusted ? "tester" : null, retired ? AT : null);
    }

    static BundleLogEntry entry(BundleLogEntry.Direction direction, BundleKind kind, Fingerprint sender,
            Fingerprint recipient, String file) {
        return new BundleLogEntry(UUID.randomUUID(), direction, kind, sender, FEDERATION_ID, recipient, OWN_ID,
                new ChangeRange(1, 12, false), 12, AT, AT, "tester", file, null);
    }

    private void remember(char[] passphrase) {
        passphrases.add(passphrase);
        passphraseTexts.add(new String(passphrase));
    }

    @Override
    public Installation installation() {
        return new Installation(OWN_ID, role, "测试化工有限公司");
    }

    @Override
    public Optional<ExchangeKeyEntry> currentKey() {
        if (failKeys != null) {
            throw failKeys;
        }
        return Optional.ofNullable(own);
    }

    @Override
    public List<ExchangeKeyEntry> keys() {
        if (failKeys != null) {
            throw failKeys;
        }
        List<ExchangeKeyEntry> all = new ArrayList<>();
        if (own != null) {
            all.add(own);
        }
        all.addAll(others);
        return all;
    }

    @Override
    public ExchangeKeyEntry createKey(char[] passphrase) {
        calls.add("init");
        remember(passphrase);
        own = key(OWN, OWN_ID, "测试化工有限公司", role, true, true, false);
        return own;
    }

    @Override
    public ExchangeKeyEntry rotateKey(char[] passphrase) {
        calls.add("rotate");
        remember(passphrase);
        return own;
    }

    @Override
    public String exportPublicKey() {
        calls.add("exportPublic");
        return own.armoredPublic();
    }

    @Override
    public ExchangeKeyEntry importPublicKey(String armored) {
        calls.add("importPublic");
        importedArmored = armored;
        ExchangeKeyEntry k = key(FEDERATION, FEDERATION_ID, "市总工会", InstallationRole.FEDERATION, false, false, false);
        others.add(k);
        return k;
    }

    @Override
    public ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed) {
        calls.add("trust " + fingerprint.shortId() + " " + confirmed);
        for (int i = 0; i < others.size(); i++) {
            ExchangeKeyEntry k = others.get(i);
            if (k.fingerprint().equals(fingerprint)) {
                ExchangeKeyEntry t = key(k.fingerprint(), k.installationId(), k.name(), k.role(), false, true, false);
                others.set(i, t);
                return t;
            }
        }
        throw new IllegalStateException("no such key");
    }

    private ExportResult written(String call, Path folder, char[] passphrase, Progress progress, BundleKind kind) {
        calls.add(call);
        remember(passphrase);
        during.apply(progress);
        progress.checkCancelled();
        if (failExport != null) {
            throw failExport;
        }
        Path file = folder.resolve("hl-" + kind.wireName() + ".hlb");
        BundleLogEntry e = entry(BundleLogEntry.Direction.SENT, kind, OWN, FEDERATION, file.getFileName().toString());
        logEntries.add(0, e);
        return new ExportResult(file, 1536, e, kind == BundleKind.ACKNOWLEDGEMENT ? Map.of("bundle_receipt", 1)
                : new java.util.LinkedHashMap<>(Map.of("hazard", 12)));
    }

    @Override
    public ExportResult exportRecords(Fingerprint recipient, Path folder, boolean full, char[] passphrase,
            Progress progress) {
        return written("exportRecords " + recipient.shortId() + " full=" + full, folder, passphrase, progress,
                BundleKind.RECORDS);
    }

    @Override
    public ExportResult exportFeedback(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        return written("exportFeedback " + recipient.shortId(), folder, passphrase, progress, BundleKind.FEEDBACK);
    }

    @Override
    public ExportResult acknowledge(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        return written("acknowledge " + recipient.shortId() + " " + folder.getFileName(), folder, passphrase,
                progress, BundleKind.ACKNOWLEDGEMENT);
    }

    @Override
    public ImportResult importBundle(Path file, char[] passphrase, Progress progress) {
        calls.add("import " + file.getFileName());
        remember(passphrase);
        during.apply(progress);
        progress.checkCancelled();
        if (failImport != null) {
            throw failImport;
        }
        return importAnswer;
    }

    @Override
    public List<BundleLogEntry> log() {
        return List.copyOf(logEntries);
    }

    @Override
    public List<RecordConflict> openConflicts() {
        return openConflicts.stream().filter(RecordConflict::isOpen).toList();
    }

    @Override
    public RecordConflict resolve(UUID conflictId, RecordConflict.Resolution resolution) {
        calls.add("resolve " + resolution);
        for (int i = 0; i < openConflicts.size(); i++) {
            RecordConflict c = openConflicts.get(i);
            if (c.id().equals(conflictId)) {
                RecordConflict done = new RecordConflict(c.id(), c.sourceInstallation(), c.type(), c.recordId(),
                        c.revision(), c.keptPayload(), c.incomingPayload(), c.bundleId(), c.detectedAt(), AT, "tester",
                        resolution);
                openConflicts.set(i, done);
                return done;
            }
        }
        throw new IllegalStateException("no such conflict");
    }

    static RecordConflict conflict() {
        return new RecordConflict(UUID.randomUUID(), FEDERATION_ID, RecordType.HAZARD, UUID.randomUUID(), 3,
                "{\"title\":\"安全阀\",\"grade\":\"GENERAL\"}", "{\"title\":\"安全阀校验\",\"grade\":\"GENERAL\"}",
                UUID.randomUUID(), AT, null, null, null);
    }
}
