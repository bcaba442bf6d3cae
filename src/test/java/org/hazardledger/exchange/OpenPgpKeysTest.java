package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installation keys in the profile GnuPG 2.2 reads: made, read back, unlocked, refused when wrong. */
class OpenPgpKeysTest {

    private static final char[] PASSPHRASE = "Jiangcheng-2026".toCharArray();
    private static final Date CREATED = Date.from(Instant.parse("2026-11-29T02:00:00Z"));

    private static final OpenPgpKeys KEYS = new OpenPgpKeys();
    private static InstallationKey key;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeOne() {
        key = KEYS.generate("江城化工集团有限公司", "enterprise", UUID.fromString("5f0c2f8e-7a1e-4c3d-9b1a-5d2e8f4a6b10"),
                PASSPHRASE, CREATED);
    }

    @Test
    void theOtherSideReadsThePublicKeyWithTheSameFingerprintAndName() {
        PublicKeyInfo info = KEYS.readPublic(key.armoredPublic());

        assertThat(info.fingerprint()).isEqualTo(key.fingerprint());
        assertThat(info.userId()).isEqualTo(
                "江城化工集团有限公司 (HazardLedger enterprise) <5f0c2f8e-7a1e-4c3d-9b1a-5d2e8f4a6b10@hazard-ledger.invalid>");
        assertThat(info.created()).isEqualTo(CREATED.toInstant());
        assertThat(key.armoredPublic()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----")
                .doesNotContain("PRIVATE");
        assertThat(key.armoredSecret()).startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");
    }

    @Test
    void theRightPassphraseUnlocksTheSecretKeyAndAWrongOneIsRefused() {
        assertThat(KEYS.unlock(key.armoredSecret(), PASSPHRASE)).isEqualTo(key.fingerprint());

        assertThatThrownBy(() -> KEYS.unlock(key.armoredSecret(), "jiangcheng-2026".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.key.passphrase"));
    }

    @Test
    void aFileThatIsNotAKeyOrWasDamagedIsRefused() {
        String armored = key.armoredPublic();
        // one base64 character changed in the middle of the body (the armor headers are comments)
        int body = armored.indexOf("\n\n") + 2;
        int at = body + (armored.indexOf("\n-----END", body) - body) / 2;
        char changed = armored.charAt(at) == 'A' ? 'B' : 'A';
        String broken = armored.substring(0, at) + changed + armored.substring(at + 1);

        for (String text : List.of("", "hello", broken)) {
            assertThatThrownBy(() -> KEYS.readPublic(text)).as(text.isEmpty() ? "empty" : text.substring(0, 5))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isIn("error.key.malformed", "error.key.damaged"));
        }
    }

    @Test
    void fingerprintsAreReadOutInTenGroupsOfFour() {
        Fingerprint f = new Fingerprint("730dc2a8dff5291bcaee5907e8f34ca4dac89583");

        assertThat(f.grouped()).isEqualTo("730D C2A8 DFF5 291B CAEE 5907 E8F3 4CA4 DAC8 9583");
        assertThat(f.shortId()).isEqualTo("DAC89583");
        assertThat(new Fingerprint(f.grouped())).isEqualTo(f);
    }

    @Test
    void gnuPgImportsThePublicKeyWithOurAlgorithmsAndPreferences() throws Exception {
        Assumptions.assumeTrue(gpgAvailable(), "gpg is not installed here (.ci/run installs it)");
        Path home = Files.createDirectory(dir.resolve("gnupg"));
        Files.writeString(dir.resolve("pub.asc"), key.armoredPublic());

        run(home, null, "--batch", "--import", dir.resolve("pub.asc").toString());
        String listing = run(home, null, "--batch", "--with-colons", "--list-keys", key.fingerprint().hex());
        String prefs = run(home, "showpref\nquit\n", "--batch", "--command-fd", "0", "--edit-key",
                key.fingerprint().hex());

        String packets = run(home, null, "--list-packets", dir.resolve("pub.asc").toString());

        assertThat(listing).contains("pub:-:255:22:", "sub:-:255:22:", "sub:-:255:18:");
        // SEIPD v1 only, on the direct-key and the user-ID signature alike: gpg 2.2 cannot read v2
        assertThat(packets).contains("(features: 01)").doesNotContain("(features: 09)", "(features: 08)");
        assertThat(prefs).contains("Cipher: AES256, AES", "Digest: SHA512, SHA256", "Compression: Uncompressed");
    }

    private static boolean gpgAvailable() {
        try {
            return new ProcessBuilder("gpg", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(Path home, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("gpg");
        command.add("--homedir");
        command.add(home.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("gpg %s: %s", String.join(" ", args), out).isZero();
        return out;
    }
}
