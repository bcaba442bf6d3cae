package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.testing.Gpg;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No one is locked in: GnuPG 2.2 reads a bundle HazardLedger wrote, and HazardLedger imports a bundle
 * that gpg signed and encrypted around a ZIP built by a shell script (docs/bundle-format.md section 4).
 */
class GpgBundleInteropTest {

    @TempDir
    Path dir;

    private ExchangePair pair;
    private Gpg gpg;
    private String pass;

    @BeforeEach
    void twoLedgersAndAGpg() throws Exception {
        pair = ExchangePair.small(dir);
        gpg = Gpg.in(dir);
        pass = new String(ExchangePair.PASSPHRASE);
    }

    @AfterEach
    void close() {
        pair.close();
    }

    @Test
    void gpgDecryptsAndVerifiesABundleTheEnterpriseWrote() throws Exception {
        Path bundle = pair.sendRecords(true).file();
        // the federation's secret key and the enterprise's public key, as a federation clerk would hand gpg
        gpg.run(null, "--passphrase", pass, "--import",
                pair.federation.exchange.keys().secretFile(pair.federationKey).toString());
        gpg.run(null, "--import", Files.writeString(dir.resolve("enterprise.asc"),
                pair.enterprise.exchange.keys().exportPublic()).toString());
        Path zip = dir.resolve("bundle.zip");

        String status = gpg.run(null, "--status-fd", "1", "--passphrase", pass, "--output", zip.toString(),
                "--decrypt", bundle.toString());

        assertThat(status).contains("[GNUPG:] GOODSIG", "[GNUPG:] DECRYPTION_OKAY", "[GNUPG:] GOODMDC",
                "[GNUPG:] DECRYPTION_INFO 2 9 0");
        // EdDSA (22) over SHA-512 (10), made by the enterprise's key
        assertThat(status).containsPattern("VALIDSIG \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ 22 10 00 " + pair.enterpriseKey.hex());
        try (ZipFile entries = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = entries.entries();
            assertThat(all.nextElement().getName()).isEqualTo("manifest.json");
            Manifest manifest = ManifestJson.read(entries.getInputStream(entries.getEntry("manifest.json"))
                    .readAllBytes());
            assertThat(manifest.sender().fingerprint()).isEqualTo(pair.enterpriseKey);
            assertThat(manifest.recipient()).isEqualTo(pair.federationKey);
            assertThat(manifest.counts()).containsKey("hazard");
            for (Manifest.Entry e : manifest.entries()) {
                byte[] bytes = entries.getInputStream(entries.getEntry(e.path())).readAllBytes();
                assertThat(BundleArchive.hex(BundleArchive.sha256().digest(bytes))).isEqualTo(e.sha256());
            }
        }
    }

    @Test
    void theEnterpriseImportsAFeedbackBundleMadeByAScriptAndGpg() throws Exception {
        LedgerFixture enterprise = pair.enterprise;
        Hazard hazard = enterprise.hazards.byNumber(firstHazardNumber()).orElseThrow();
        gpg.run(null, "--passphrase", pass, "--import",
                pair.federation.exchange.keys().secretFile(pair.federationKey).toString());
        gpg.run(null, "--import", Files.writeString(dir.resolve("enterprise.asc"),
                enterprise.exchange.keys().exportPublic()).toString());
        Path zip = dir.resolve("feedback.zip");
        UUID noticeId = UUID.randomUUID();
        Path script = Path.of(getClass().getResource("/exchange/make-feedback-zip.sh").toURI());
        Process p = new ProcessBuilder("bash", script.toString(), zip.toAbsolutePath().toString(),
                pair.federationKey.hex(), pair.federation.exchange.records().installation().id().toString(),
                pair.enterpriseKey.hex(), enterprise.exchange.records().installation().id().toString(),
                hazard.id().toString(), noticeId.toString()).redirectErrorStream(true).start();
        String scriptOutput = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(scriptOutput).isZero();
        Path bundle = dir.resolve("feedback.hlb");
        gpg.run(null, "--trust-model", "always", "--passphrase", pass, "--local-user", pair.federationKey.hex(),
                "--recipient", pair.enterpriseKey.hex(), "--compress-algo", "none", "--cipher-algo", "AES256",
                "--digest-algo", "SHA512", "--output", bundle.toString(), "--sign", "--encrypt", zip.toString());

        ImportResult result = pair.enterpriseImports(bundle);

        assertThat(result.applied().inserted()).isEqualTo(1);
        List<FederationNotice> notices = enterprise.exchange.federation().noticesOnHazard(hazard.id());
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(noticeId);
            assertThat(n.kind()).isEqualTo(NoticeKind.SUPERVISION);
            assertThat(n.documentNo()).isEqualTo("江工督〔2026〕7号");
            assertThat(n.body()).isEqualTo("请于十日内完成整改并书面回复。");
        });
    }

    private String firstHazardNumber() {
        return pair.enterprise.hazards.page(org.hazardledger.model.HazardQuery.ALL, null, 1).rows().get(0).number();
    }
}
