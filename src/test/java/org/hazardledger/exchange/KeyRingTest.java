package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.util.encoders.Hex;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Industry;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The key ring between two ledgers: an enterprise and its union federation, each in its own folder. */
class KeyRingTest {

    private static final char[] PASSPHRASE = "Jiangcheng-2026".toCharArray();

    @TempDir
    Path enterpriseDir;
    @TempDir
    Path federationDir;

    private LedgerFixture enterprise;
    private LedgerFixture federation;

    @BeforeEach
    void twoLedgers() {
        enterprise = new LedgerFixture(enterpriseDir);
        enterprise.initialiseSmall();
        federation = new LedgerFixture(federationDir);
        federation.setup.initialiseEmpty("江城市总工会", Industry.CHEMICALS);
        federation.store.transact(s -> {
            s.settings().put("installation.role", InstallationRole.FEDERATION.name());
            return null;
        });
    }

    @AfterEach
    void close() {
        enterprise.close();
        federation.close();
    }

    private KeyRing ring(LedgerFixture fx) {
        return fx.exchange.keys();
    }

    @Test
    void initMakesAProtectedSecretKeyFileAndTheOwnTrustedRow() throws Exception {
        ExchangeKeyEntry made = ring(enterprise).init(PASSPHRASE.clone());

        assertThat(made.own()).isTrue();
        assertThat(made.isTrusted()).isTrue();
        assertThat(made.name()).isEqualTo("测试化工有限公司");
        assertThat(made.role()).isEqualTo(InstallationRole.ENTERPRISE);
        assertThat(made.installationId()).isEqualTo(enterprise.exchange.records().installation().id());
        assertThat(ring(enterprise).current()).contains(made);
        Path file = enterpriseDir.resolve("keys").resolve(made.fingerprint().hex() + ".secret.asc");
        assertThat(file).exists();
        assertThat(Files.readString(file)).startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
        assertThat(new OpenPgpKeys().unlock(Files.readString(file), PASSPHRASE.clone())).isEqualTo(made.fingerprint());
        PublicKeyInfo exported = new OpenPgpKeys().readPublic(ring(enterprise).exportPublic());
        assertThat(exported.fingerprint()).isEqualTo(made.fingerprint());
        assertThat(exported.userId()).isEqualTo("测试化工有限公司 (HazardLedger enterprise) <"
                + made.installationId() + "@hazard-ledger.invalid>");
        assertThat(exported.created()).isEqualTo(made.keyCreatedAt().toInstant());
    }

    @Test
    void aSecondInitIsRefusedAndAShortPassphraseMakesNoKey() {
        assertRefused(() -> ring(federation).init("short".toCharArray()), "error.key.passphraseTooShort");
        assertThat(ring(federation).list()).isEmpty();
        assertThat(federationDir.resolve("keys")).doesNotExist();

        ExchangeKeyEntry made = ring(federation).init(PASSPHRASE.clone());
        assertThat(made.role()).isEqualTo(InstallationRole.FEDERATION);

        assertRefused(() -> ring(federation).init(PASSPHRASE.clone()), "error.key.exists");
        assertThat(ring(federation).list()).containsExactly(made);
    }

    @Test
    void withoutAKeyThereIsNothingToExportOrUnlock() {
        assertRefused(() -> ring(enterprise).exportPublic(), "error.key.none");
        assertRefused(() -> ring(enterprise).checkPassphrase(PASSPHRASE.clone()), "error.key.none");
        assertRefused(() -> ring(enterprise).rotate(PASSPHRASE.clone()), "error.key.none");
        assertThat(ring(enterprise).ownSecretRings()).isEmpty();
    }

    @Test
    void theOtherSidesKeyIsImportedUntrustedAndTrustedOnlyAfterTheFingerprintIsConfirmed() {
        ExchangeKeyEntry fed = ring(federation).init(PASSPHRASE.clone());
        ring(enterprise).init(PASSPHRASE.clone());

        ExchangeKeyEntry imported = ring(enterprise).importPublic(ring(federation).exportPublic());

        assertThat(imported.fingerprint()).isEqualTo(fed.fingerprint());
        assertThat(imported.name()).isEqualTo("江城市总工会");
        assertThat(imported.role()).isEqualTo(InstallationRole.FEDERATION);
        assertThat(imported.installationId()).isEqualTo(fed.installationId());
        assertThat(imported.own()).isFalse();
        assertThat(imported.isTrusted()).isFalse();
        assertThat(imported.keyCreatedAt().toInstant()).isEqualTo(fed.keyCreatedAt().toInstant());
        assertThat(enterprise.exchange.keyRows().currentTrusted(fed.installationId())).isEmpty();

        String misread = fed.fingerprint().grouped().substring(0, 45) + (fed.fingerprint().hex().endsWith("0")
                ? "1111" : "0000");
        assertRefused(() -> ring(enterprise).trust(fed.fingerprint(), misread), "error.key.fingerprintMismatch");
        assertThat(enterprise.exchange.keyRows().key(fed.fingerprint()).orElseThrow().isTrusted()).isFalse();

        ExchangeKeyEntry trusted = ring(enterprise).trust(fed.fingerprint(),
                fed.fingerprint().grouped().toLowerCase());

        assertThat(trusted.isTrusted()).isTrue();
        assertThat(enterprise.exchange.keyRows().currentTrusted(fed.installationId())).contains(trusted);
    }

    @Test
    void publicRingsAndTheEntryHoldingASubkeyAreFoundForOwnAndOtherKeys() {
        ExchangeKeyEntry fed = ring(federation).init(PASSPHRASE.clone());
        ExchangeKeyEntry own = ring(enterprise).init(PASSPHRASE.clone());
        ring(enterprise).importPublic(ring(federation).exportPublic());

        PGPPublicKeyRing fedRing = ring(enterprise).publicRing(fed.fingerprint()).orElseThrow();
        PGPPublicKeyRing ownRing = ring(enterprise).publicRing(own.fingerprint()).orElseThrow();

        assertThat(Hex.toHexString(fedRing.getPublicKey().getFingerprint()).toUpperCase())
                .isEqualTo(fed.fingerprint().hex());
        assertThat(ownRing.getPublicKey().getKeyID()).isNotEqualTo(fedRing.getPublicKey().getKeyID());
        for (Iterator<PGPPublicKey> it = fedRing.getPublicKeys(); it.hasNext(); ) {
            assertThat(ring(enterprise).entryHoldingKey(it.next().getKeyID()))
                    .map(ExchangeKeyEntry::fingerprint).contains(fed.fingerprint());
        }
        for (Iterator<PGPPublicKey> it = ownRing.getPublicKeys(); it.hasNext(); ) {
            assertThat(ring(enterprise).entryHoldingKey(it.next().getKeyID()))
                    .map(ExchangeKeyEntry::fingerprint).contains(own.fingerprint());
        }
        assertThat(ring(enterprise).entryHoldingKey(0x1234_5678_9abc_def0L)).isEmpty();
        assertThat(ring(enterprise).publicRing(new Fingerprint("0".repeat(40)))).isEmpty();
    }

    @Test
    void anImportThatIsNotTheOtherSidesHazardLedgerPublicKeyIsRefusedAndNothingIsKept() throws Exception {
        ring(enterprise).init(PASSPHRASE.clone());
        ring(federation).init(PASSPHRASE.clone());
        String fedKey = ring(federation).exportPublic();
        ring(enterprise).importPublic(fedKey);
        List<ExchangeKeyEntry> before = ring(enterprise).list();

        assertRefused(() -> ring(enterprise).importPublic(fedKey), "error.key.known");
        assertRefused(() -> ring(enterprise).importPublic(ring(enterprise).exportPublic()), "error.key.ownKey");
        assertRefused(() -> ring(enterprise).importPublic("hello, this is not a key"), "error.key.malformed");
        assertRefused(() -> ring(enterprise).importPublic(""), "error.key.malformed");
        InstallationKey stranger = new OpenPgpKeys().generate("某审计公司", "auditor", UUID.randomUUID(),
                PASSPHRASE.clone(), new Date());
        assertRefused(() -> ring(enterprise).importPublic(stranger.armoredPublic()), "error.key.notHazardLedger");
        assertRefused(() -> ring(enterprise).importPublic(stranger.armoredSecret()), "error.key.notPublic");

        assertThat(ring(enterprise).list()).isEqualTo(before);
    }

    @Test
    void rotationMakesANewKeyAndTheOldSecretKeyStillUnlocks() throws Exception {
        ExchangeKeyEntry first = ring(enterprise).init(PASSPHRASE.clone());

        ExchangeKeyEntry second = ring(enterprise).rotate(PASSPHRASE.clone());

        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(second.keyCreatedAt()).isAfter(first.keyCreatedAt());
        assertThat(ring(enterprise).current()).contains(second);
        assertThat(enterprise.exchange.keyRows().key(first.fingerprint()).orElseThrow().isRetired()).isTrue();
        assertThat(ring(enterprise).exportPublic()).isEqualTo(second.armoredPublic());
        assertThat(ring(enterprise).secretFile(first.fingerprint())).exists();
        assertThat(ring(enterprise).secretFile(second.fingerprint())).exists();

        List<PGPSecretKeyRing> rings = ring(enterprise).ownSecretRings();

        assertThat(rings).extracting(r -> new Fingerprint(Hex.toHexString(r.getPublicKey().getFingerprint())))
                .containsExactly(second.fingerprint(), first.fingerprint());
        for (PGPSecretKeyRing r : rings) {
            assertUnlocks(r, PASSPHRASE);
        }
        ring(enterprise).checkPassphrase(PASSPHRASE.clone());
        // a third rotation keeps every older key, newest first
        ExchangeKeyEntry third = ring(enterprise).rotate(PASSPHRASE.clone());
        assertThat(ring(enterprise).ownSecretRings())
                .extracting(r -> new Fingerprint(Hex.toHexString(r.getPublicKey().getFingerprint())))
                .containsExactly(third.fingerprint(), second.fingerprint(), first.fingerprint());
    }

    @Test
    void aWrongPassphraseIsRefusedAndRotatesNothing() {
        ExchangeKeyEntry first = ring(enterprise).init(PASSPHRASE.clone());

        assertRefused(() -> ring(enterprise).checkPassphrase("jiangcheng-2026".toCharArray()), "error.key.passphrase");
        assertRefused(() -> ring(enterprise).rotate("jiangcheng-2026".toCharArray()), "error.key.passphrase");

        assertThat(ring(enterprise).list()).containsExactly(first);
        assertThat(ring(enterprise).ownSecretRings()).hasSize(1);
    }

    @Test
    void aDamagedMissingOrSwappedSecretKeyFileGivesAClearError() throws Exception {
        ExchangeKeyEntry own = ring(enterprise).init(PASSPHRASE.clone());
        Path file = ring(enterprise).secretFile(own.fingerprint());
        String good = Files.readString(file);

        Files.writeString(file, "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nZm9vYmFy\n-----END PGP PRIVATE KEY BLOCK-----\n");
        assertRefused(() -> ring(enterprise).ownSecretRings(), "error.key.file");
        assertRefused(() -> ring(enterprise).checkPassphrase(PASSPHRASE.clone()), "error.key.file");

        Files.write(file, new byte[] {0, 1, 2, 3, (byte) 0xff});
        assertRefused(() -> ring(enterprise).ownSecretRings(), "error.key.file");

        Files.writeString(file, new OpenPgpKeys().generate("测试化工有限公司", "enterprise", own.installationId(),
                PASSPHRASE.clone(), new Date()).armoredSecret());
        assertRefused(() -> ring(enterprise).ownSecretRings(), "error.key.file");
        assertRefused(() -> ring(enterprise).checkPassphrase(PASSPHRASE.clone()), "error.key.file");

        Files.delete(file);
        assertRefused(() -> ring(enterprise).ownSecretRings(), "error.key.fileMissing");

        Files.writeString(file, good);
        assertThat(ring(enterprise).ownSecretRings()).hasSize(1);
    }

    private static void assertUnlocks(PGPSecretKeyRing ring, char[] passphrase) throws PGPException {
        for (Iterator<PGPSecretKey> it = ring.getSecretKeys(); it.hasNext(); ) {
            PGPSecretKey key = it.next();
            assertThat(key.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                    .build(passphrase.clone()))).isNotNull();
        }
    }

    private static void assertRefused(Executable action, String key) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).as(e.args().toString()).isEqualTo(key));
    }
}
