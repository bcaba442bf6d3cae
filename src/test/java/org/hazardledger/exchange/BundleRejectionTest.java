package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Industry;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a bundle can be wrong is refused with its own message, and neither ledger changes: not the
 * records, not the bundle log, not the audit trail.
 */
class BundleRejectionTest {

    @TempDir
    Path dir;

    private ExchangePair pair;
    private Path bundle;
    private ExchangePair.LedgerState federationBefore;
    private ExchangePair.LedgerState enterpriseBefore;

    @BeforeEach
    void oneBundleOnTheStick() {
        pair = ExchangePair.small(dir);
        bundle = pair.sendRecords(true).file();
        federationBefore = ExchangePair.state(pair.federation);
        enterpriseBefore = ExchangePair.state(pair.enterprise);
    }

    @AfterEach
    void close() {
        pair.close();
    }

    @Test
    void oneByteFlippedAnywhere() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        for (int at : new int[]{bytes.length / 2, bytes.length - 40, 300}) {
            byte[] broken = bytes.clone();
            broken[at] ^= 0x40;
            assertRefused(Files.write(dir.resolve("flipped-" + at + ".hlb"), broken), "error.bundle.damaged",
                    "error.bundle.badSignature");
        }
    }

    @Test
    void aTruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        assertRefused(Files.write(dir.resolve("cut.hlb"), Arrays.copyOf(bytes, bytes.length * 3 / 5)),
                "error.bundle.damaged");
        assertRefused(Files.write(dir.resolve("empty.hlb"), new byte[0]), "error.bundle.notOpenPgp");
    }

    @Test
    void aBundleForAnotherFederation() {
        try (LedgerFixture other = new LedgerFixture(dir.resolve("other-federation"))) {
            other.setup.initialiseFederation("别的总工会");
            other.exchange.keys().init(ExchangePair.PASSPHRASE);
            other.exchange.keys().importPublic(pair.enterprise.exchange.keys().exportPublic());
            other.exchange.keys().trust(pair.enterpriseKey, pair.enterpriseKey.hex());
            ExchangePair.LedgerState before = ExchangePair.state(other);

            assertThatThrownBy(() -> other.exchange.bundles().importBundle(bundle, ExchangePair.PASSPHRASE,
                    Progress.NONE)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.bundle.notForUs"));
            assertThat(ExchangePair.state(other)).isEqualTo(before);
        }
    }

    @Test
    void anUnknownSenderAndAnUntrustedOne() {
        try (LedgerFixture stranger = new LedgerFixture(dir.resolve("stranger"))) {
            stranger.setup.initialiseEmpty("陌生化工厂", Industry.CHEMICALS);
            stranger.exchange.keys().init(ExchangePair.PASSPHRASE);
            stranger.exchange.keys().importPublic(pair.federation.exchange.keys().exportPublic());
            stranger.exchange.keys().trust(pair.federationKey, pair.federationKey.hex());
            Path fromStranger = stranger.exchange.bundles().exportRecords(pair.federationKey, pair.usb, true,
                    ExchangePair.PASSPHRASE, Progress.NONE).file();

            assertRefused(fromStranger, "error.bundle.unknownSender");

            pair.federation.exchange.keys().importPublic(stranger.exchange.keys().exportPublic());
            federationBefore = ExchangePair.state(pair.federation);
            assertRefused(fromStranger, "error.bundle.untrustedSender");
        }
    }

    @Test
    void aReplayOfABundleAlreadyImportedIsSkippedAndChangesNothing() {
        ImportResult first = pair.federationImports(bundle);
        assertThat(first.alreadyImported()).isFalse();
        ExchangePair.LedgerState afterFirst = ExchangePair.state(pair.federation);

        ImportResult again = pair.federationImports(bundle);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.previously().bundleId()).isEqualTo(first.entry().bundleId());
        assertThat(ExchangePair.state(pair.federation)).isEqualTo(afterFirst);
    }

    @Test
    void aBundleOfANewerFormat() {
        Map<String, byte[]> entries = ExchangePair.open(pair.federation, bundle);
        ExchangePair.remanifest(entries, m -> new Manifest("2.0", m.bundleId(), m.kind(), m.createdAt(),
                m.application(), m.sender(), m.recipient(), m.recipientInstallation(), m.changes(), m.counts(),
                m.entries()));

        assertRefused(craft(entries), "error.bundle.newerFormat");
    }

    @Test
    void aZipEntryClimbingOutOfTheFolder() {
        Map<String, byte[]> entries = ExchangePair.open(pair.federation, bundle);
        entries.put("../../.bashrc", "rm -rf ~".getBytes(StandardCharsets.UTF_8));

        assertRefused(craft(entries), "error.bundle.unsafeEntry");
    }

    @Test
    void aZipBomb() {
        Map<String, byte[]> entries = ExchangePair.open(pair.federation, bundle);
        String sha = "e".repeat(64);
        entries.put("attachments/" + sha, new byte[64 << 20]); // 64 MiB of zeros deflate to ~64 KiB
        Manifest m = ManifestJson.read(entries.get(BundleArchive.MANIFEST));
        java.util.List<Manifest.Entry> listed = new java.util.ArrayList<>(m.entries());
        listed.add(new Manifest.Entry("attachments/" + sha, 4096, sha));
        entries.put(BundleArchive.MANIFEST, ManifestJson.write(new Manifest(m.format(), m.bundleId(), m.kind(),
                m.createdAt(), m.application(), m.sender(), m.recipient(), m.recipientInstallation(), m.changes(),
                m.counts(), listed)));

        assertRefused(craft(entries), "error.bundle.entryTooLarge");
    }

    @Test
    void aRecordChangedAfterTheManifestWasWritten() {
        Map<String, byte[]> entries = ExchangePair.open(pair.federation, bundle);
        String hazards = new String(entries.get("records/hazard.jsonl"), StandardCharsets.UTF_8);
        entries.put("records/hazard.jsonl", hazards.replace("GENERAL", "MAJOR").getBytes(StandardCharsets.UTF_8));

        assertRefused(craft(entries), "error.bundle.hashMismatch");
    }

    @Test
    void aRecordThatFailsValidation() {
        Map<String, byte[]> entries = ExchangePair.open(pair.federation, bundle);
        String hazards = new String(entries.get("records/hazard.jsonl"), StandardCharsets.UTF_8);
        assertThat(hazards).contains("\"grade\":\"GENERAL\"");
        entries.put("records/hazard.jsonl",
                hazards.replace("\"grade\":\"GENERAL\"", "\"grade\":\"SEVERE\"").getBytes(StandardCharsets.UTF_8));
        ExchangePair.remanifest(entries, m -> m);

        assertRefused(craft(entries), "error.bundle.invalidRecord");
    }

    @Test
    void aRecordsBundleCarryingNoticesAsIfFromTheFederation() {
        Map<String, byte[]> entries = ExchangePair.open(pair.federation, bundle);
        String notice = "{\"id\":\"0192f3c4-7a1e-7c3d-9b1a-5d2e8f4a6b10\",\"revision\":1,\"changeSeq\":1,"
                + "\"updatedAt\":\"2026-06-15T10:00:00+08:00\",\"deleted\":false,\"kind\":\"SUPERVISION\","
                + "\"title\":\"伪造的通知\"}\n";
        entries.put("records/federation_notice.jsonl", notice.getBytes(StandardCharsets.UTF_8));
        ExchangePair.remanifest(entries, m -> {
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>(m.counts());
            counts.put("federation_notice", 1);
            java.util.List<Manifest.Entry> listed = new java.util.ArrayList<>(m.entries());
            byte[] bytes = notice.getBytes(StandardCharsets.UTF_8);
            listed.add(new Manifest.Entry("records/federation_notice.jsonl", bytes.length,
                    BundleArchive.hex(BundleArchive.sha256().digest(bytes))));
            return new Manifest(m.format(), m.bundleId(), m.kind(), m.createdAt(), m.application(), m.sender(),
                    m.recipient(), m.recipientInstallation(), m.changes(), counts, listed);
        });

        assertRefused(craft(entries), "error.bundle.unexpectedType");
    }

    private Path craft(Map<String, byte[]> entries) {
        return ExchangePair.craft(pair.enterprise, pair.federationKey, dir.resolve("crafted.hlb"),
                new LinkedHashMap<>(entries));
    }

    private void assertRefused(Path file, String... keys) {
        assertThatThrownBy(() -> pair.federationImports(file)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isIn((Object[]) keys));
        assertThat(ExchangePair.state(pair.federation)).isEqualTo(federationBefore);
        assertThat(ExchangePair.state(pair.enterprise)).isEqualTo(enterpriseBefore);
        assertThat(pair.federation.audit.verify().isIntact()).isTrue();
    }
}
