package org.hazardledger.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;

/**
 * An enterprise ledger and its union federation's ledger, each in its own folder, with keys made,
 * swapped and confirmed, and a "USB stick" folder between them.
 */
final class ExchangePair implements AutoCloseable {

    static final char[] PASSPHRASE = "Jiangcheng-2026".toCharArray();
    static final String FEDERATION_NAME = "江城市总工会";

    final LedgerFixture enterprise;
    final LedgerFixture federation;
    final Fingerprint enterpriseKey;
    final Fingerprint federationKey;
    final Path usb;

    private ExchangePair(LedgerFixture enterprise, LedgerFixture federation, Path usb) {
        this.enterprise = enterprise;
        this.federation = federation;
        this.usb = usb;
        federation.setup.initialiseFederation(FEDERATION_NAME);
        enterpriseKey = enterprise.exchange.keys().init(PASSPHRASE).fingerprint();
        federationKey = federation.exchange.keys().init(PASSPHRASE).fingerprint();
        federation.exchange.keys().importPublic(enterprise.exchange.keys().exportPublic());
        enterprise.exchange.keys().importPublic(federation.exchange.keys().exportPublic());
        // read out by phone and typed in on the other side
        federation.exchange.keys().trust(enterpriseKey, enterpriseKey.grouped());
        enterprise.exchange.keys().trust(federationKey, federationKey.grouped().toLowerCase());
    }

    /** A small enterprise (LedgerFixture.initialiseSmall) with one hazard. */
    static ExchangePair small(Path dir) {
        LedgerFixture enterprise = new LedgerFixture(dir.resolve("enterprise"));
        LedgerFixture.SmallEnterprise e = enterprise.initialiseSmall();
        enterprise.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
        return new ExchangePair(enterprise, new LedgerFixture(dir.resolve("federation")), usb(dir));
    }

    /** Another hazard like one the ledger holds, found today. */
    static org.hazardledger.model.HazardDraft smallDraft(LedgerFixture enterprise) {
        return FederationNotices.newHazard(enterprise);
    }

    /** A private copy of the demo enterprise (two years of hazards, rounds, photos). */
    static ExchangePair demo(Path dir) {
        LedgerFixture enterprise = new LedgerFixture(DemoLedger.copyTo(dir.resolve("enterprise")));
        return new ExchangePair(enterprise, new LedgerFixture(dir.resolve("federation")), usb(dir));
    }

    private static Path usb(Path dir) {
        try {
            return Files.createDirectories(dir.resolve("usb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ExportResult sendRecords(boolean full) {
        return enterprise.exchange.bundles().exportRecords(federationKey, usb, full, PASSPHRASE, Progress.NONE);
    }

    ImportResult federationImports(Path file) {
        return federation.exchange.bundles().importBundle(file, PASSPHRASE, Progress.NONE);
    }

    ImportResult enterpriseImports(Path file) {
        return enterprise.exchange.bundles().importBundle(file, PASSPHRASE, Progress.NONE);
    }

    /** What a user could see change in a ledger: audit trail, bundle log, conflicts, received records, hazards. */
    record LedgerState(long auditEntries, int bundles, int conflicts, Map<String, String> received, int hazards) {
    }

    static LedgerState state(LedgerFixture ledger) {
        return new LedgerState(ledger.audit.verify().entriesChecked(), ledger.exchange.records().log().size(),
                ledger.exchange.records().conflicts(false).size(), received(ledger),
                ledger.hazards.count(HazardQuery.ALL));
    }

    /** Everything received from every other installation this ledger knows, by "installation/type/id". */
    static Map<String, String> received(LedgerFixture ledger) {
        Map<String, String> all = new java.util.TreeMap<>();
        for (org.hazardledger.model.ExchangeKeyEntry key : ledger.exchange.keys().list()) {
            if (!key.own()) {
                ledger.exchange.records().receivedPayloads(key.installationId())
                        .forEach((k, v) -> all.put(key.installationId() + "/" + k, v));
            }
        }
        return all;
    }

    /** What the federation holds from the enterprise of this pair, by "type/id". */
    Map<String, String> federationHolds() {
        return federation.exchange.records().receivedPayloads(
                enterprise.exchange.records().installation().id());
    }

    /**
     * A bundle signed by {@code sender} and encrypted to {@code recipient} (and to the sender) around a
     * ZIP whose entries are given as they are: for bundles no honest writer makes.
     */
    static Path craft(LedgerFixture sender, Fingerprint recipient, Path file, Map<String, byte[]> zipEntries) {
        KeyRing keys = sender.exchange.keys();
        PGPSecretKey signing = BundleCrypto.signingKey(keys.ownSecretRings().get(0));
        try (OutputStream out = Files.newOutputStream(file);
             OutputStream plain = new BundleCrypto().encryptAndSign(out,
                     List.of(BundleCrypto.encryptionKey(keys.publicRing(recipient).orElseThrow()),
                             BundleCrypto.encryptionKey(keys.publicRing(keys.current().orElseThrow().fingerprint())
                                     .orElseThrow())),
                     unlock(signing), signing.getPublicKey(), new java.util.Date());
             ZipOutputStream zip = new ZipOutputStream(plain)) {
            for (Map.Entry<String, byte[]> e : zipEntries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The ZIP entries of a bundle, in order, as {@code reader} decrypts them (signature checked). */
    static Map<String, byte[]> open(LedgerFixture reader, Path bundle) {
        KeyRing keys = reader.exchange.keys();
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.io.InputStream in = Files.newInputStream(bundle)) {
            new BundleCrypto().decryptAndVerify(in, zip, keys.ownSecretRings(), PASSPHRASE,
                    id -> keys.entryHoldingKey(id).flatMap(e -> keys.publicRing(e.fingerprint()))
                            .map(r -> r.getPublicKey(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The manifest of decrypted entries, changed by {@code change}, with sizes and hashes recomputed. */
    static void remanifest(Map<String, byte[]> entries, java.util.function.UnaryOperator<Manifest> change) {
        Manifest m = ManifestJson.read(entries.get(BundleArchive.MANIFEST));
        List<Manifest.Entry> listed = new java.util.ArrayList<>();
        for (Manifest.Entry e : m.entries()) {
            byte[] bytes = entries.get(e.path());
            listed.add(new Manifest.Entry(e.path(), bytes.length,
                    BundleArchive.hex(BundleArchive.sha256().digest(bytes))));
        }
        Manifest fixed = new Manifest(m.format(), m.bundleId(), m.kind(), m.createdAt(), m.application(), m.sender(),
                m.recipient(), m.recipientInstallation(), m.changes(), m.counts(), listed);
        entries.put(BundleArchive.MANIFEST, ManifestJson.write(change.apply(fixed)));
    }

    private static PGPPrivateKey unlock(PGPSecretKey key) {
        try {
            return key.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                    .build(PASSPHRASE.clone()));
        } catch (PGPException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        enterprise.close();
        federation.close();
    }
}
