package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.hazardledger.model.DomainException;
import org.hazardledger.testing.Gpg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenPGP layer of a bundle: round trip, every way a file can be wrong, and gpg reading it. */
class BundleCryptoTest {

    private static final char[] PASSPHRASE = "Jiangcheng-2026".toCharArray();
    private static final Date NOW = Date.from(Instant.parse("2026-11-29T02:00:00Z"));
    private static InstallationKey enterprise;
    private static InstallationKey federation;
    private static InstallationKey stranger;
    private static byte[] plaintext;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() {
        OpenPgpKeys keys = new OpenPgpKeys();
        enterprise = keys.generate("江城化工", "enterprise", UUID.randomUUID(), PASSPHRASE, NOW);
        federation = keys.generate("江城市总工会", "federation", UUID.randomUUID(), PASSPHRASE, NOW);
        stranger = keys.generate("别的企业", "enterprise", UUID.randomUUID(), PASSPHRASE, NOW);
        plaintext = new byte[300_000];
        new Random(7).nextBytes(plaintext);
    }

    @Test
    void theRecipientReadsWhatTheSenderSignedAndTheSenderReadsItBack() {
        byte[] message = encrypt(plaintext);

        for (InstallationKey reader : List.of(federation, enterprise)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BundleCrypto.Signed signed = new BundleCrypto().decryptAndVerify(new ByteArrayInputStream(message), out,
                    List.of(secret(reader)), PASSPHRASE, senderKeys());

            assertThat(out.toByteArray()).isEqualTo(plaintext);
            assertThat(signed.signingKey().getKeyID())
                    .isEqualTo(BundleCrypto.signingKey(secret(enterprise)).getKeyID());
        }
    }

    @Test
    void aFlippedByteAnywhereIsCaughtBeforeTheContentIsTrusted() {
        byte[] message = encrypt(plaintext);
        for (int at : new int[]{message.length / 2, message.length - 30, 200}) {
            byte[] broken = message.clone();
            broken[at] ^= 0x01;

            assertRejected(broken, federation, "error.bundle.damaged", "error.bundle.badSignature",
                    "error.bundle.notOpenPgp", "error.bundle.notForUs");
        }
    }

    @Test
    void aTruncatedEmptyOrForeignFileIsRefused() {
        byte[] message = encrypt(plaintext);
        assertRejected(Arrays.copyOf(message, message.length / 3), federation, "error.bundle.damaged");
        assertRejected(new byte[0], federation, "error.bundle.notOpenPgp");
        assertRejected("PK\u0003\u0004 not a bundle".getBytes(StandardCharsets.UTF_8), federation,
                "error.bundle.notOpenPgp");
    }

    @Test
    void aBundleForSomeoneElseCannotBeOpened() {
        assertRejected(encrypt(plaintext), stranger, "error.bundle.notForUs");
    }

    @Test
    void anUnknownSignerOrAWrongPassphraseIsRefused() {
        byte[] message = encrypt(plaintext);

        assertThatThrownBy(() -> new BundleCrypto().decryptAndVerify(new ByteArrayInputStream(message),
                new ByteArrayOutputStream(), List.of(secret(federation)), PASSPHRASE, id -> Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.bundle.unknownSender"));
        assertThatThrownBy(() -> new BundleCrypto().decryptAndVerify(new ByteArrayInputStream(message),
                new ByteArrayOutputStream(), List.of(secret(federation)), "wrong-passphrase".toCharArray(),
                senderKeys()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.key.passphrase"));
    }

    @Test
    void gnuPgDecryptsAndVerifiesWhatWeWroteAndWeReadWhatGnuPgWrote() throws Exception {
        Gpg gpg = Gpg.in(dir);
        Path secretFile = Files.writeString(dir.resolve("fed.sec.asc"), federation.armoredSecret());
        Path publicFile = Files.writeString(dir.resolve("ent.pub.asc"), enterprise.armoredPublic());
        gpg.run(null, "--passphrase", new String(PASSPHRASE), "--import", secretFile.toString());
        gpg.run(null, "--import", publicFile.toString());
        Path bundle = Files.write(dir.resolve("b.hlb"), encrypt(plaintext));

        String out = gpg.run(null, "--status-fd", "1", "--passphrase", new String(PASSPHRASE), "--output",
                dir.resolve("out.bin").toString(), "--decrypt", bundle.toString());

        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).isEqualTo(plaintext);
        assertThat(out).contains("[GNUPG:] GOODSIG", "[GNUPG:] VALIDSIG", "[GNUPG:] DECRYPTION_OKAY",
                "[GNUPG:] GOODMDC");
        // digest algorithm 10 = SHA-512 (a SHA3 signature would make gpg say nothing yet exit 0)
        assertThat(out).containsPattern("VALIDSIG \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ 22 10 00 ");
        // MDC (2) and AES-256 (9), no AEAD: the SEIPD v1 that gpg 2.2 reads
        assertThat(out).contains("[GNUPG:] DECRYPTION_INFO 2 9 0");

        // and the other way: gpg signs as the federation and encrypts to the enterprise
        Files.write(dir.resolve("plain.zip"), plaintext);
        gpg.run(null, "--trust-model", "always", "--passphrase", new String(PASSPHRASE), "--local-user",
                federation.fingerprint().hex(), "--recipient", enterprise.fingerprint().hex(), "--compress-algo",
                "none", "--cipher-algo", "AES256", "--digest-algo", "SHA512", "--output",
                dir.resolve("from-gpg.hlb").toString(), "--sign", "--encrypt", dir.resolve("plain.zip").toString());
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(dir.resolve("from-gpg.hlb"))) {
            new BundleCrypto().decryptAndVerify(in, read, List.of(secret(enterprise)), PASSPHRASE,
                    id -> Optional.ofNullable(publicRing(federation).getPublicKey(id)));
        }
        assertThat(read.toByteArray()).isEqualTo(plaintext);
    }

    private static byte[] encrypt(byte[] content) {
        PGPSecretKey signing = BundleCrypto.signingKey(secret(enterprise));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream plain = new BundleCrypto().encryptAndSign(out,
                List.of(BundleCrypto.encryptionKey(publicRing(federation)),
                        BundleCrypto.encryptionKey(publicRing(enterprise))),
                unlock(signing), signing.getPublicKey(), NOW)) {
            plain.write(content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static java.util.function.LongFunction<Optional<PGPPublicKey>> senderKeys() {
        return id -> Optional.ofNullable(publicRing(enterprise).getPublicKey(id));
    }

    private static void assertRejected(byte[] message, InstallationKey reader, String... keys) {
        assertThatThrownBy(() -> new BundleCrypto().decryptAndVerify(new ByteArrayInputStream(message),
                new ByteArrayOutputStream(), List.of(secret(reader)), PASSPHRASE, senderKeys()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isIn((Object[]) keys));
    }

    static PGPSecretKeyRing secret(InstallationKey key) {
        try (InputStream in = new ArmoredInputStream(
                new ByteArrayInputStream(key.armoredSecret().getBytes(StandardCharsets.US_ASCII)))) {
            return new PGPSecretKeyRing(in, new BcKeyFingerprintCalculator());
        } catch (IOException | PGPException e) {
            throw new AssertionError(e);
        }
    }

    static PGPPublicKeyRing publicRing(InstallationKey key) {
        try (InputStream in = new ArmoredInputStream(
                new ByteArrayInputStream(key.armoredPublic().getBytes(StandardCharsets.US_ASCII)))) {
            return new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static PGPPrivateKey unlock(PGPSecretKey key) {
        try {
            return key.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                    .build(PASSPHRASE.clone()));
        } catch (PGPException e) {
            throw new AssertionError(e);
        }
    }
}
