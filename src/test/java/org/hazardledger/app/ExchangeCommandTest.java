package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code import} and {@code inspect}: a bundle from an enterprise to its federation on the command line. */
class ExchangeCommandTest {

    private static final char[] PASSPHRASE = "Jiangcheng-2026".toCharArray();

    @TempDir
    Path dir;

    private String enterprise;
    private String federation;
    private String passphrase;
    private Fingerprint federationKey;
    private Fingerprint enterpriseKey;

    @BeforeEach
    void twoLedgersThatTrustEachOther() throws IOException {
        try (LedgerFixture e = new LedgerFixture(dir.resolve("enterprise"));
             LedgerFixture f = new LedgerFixture(dir.resolve("federation"))) {
            LedgerFixture.SmallEnterprise small = e.initialiseSmall();
            e.registerAssigned(small, LedgerFixture.TODAY.minusDays(2));
            f.setup.initialiseFederation("江城市总工会");
            enterpriseKey = e.exchange.keys().init(PASSPHRASE).fingerprint();
            federationKey = f.exchange.keys().init(PASSPHRASE).fingerprint();
            f.exchange.keys().importPublic(e.exchange.keys().exportPublic());
            e.exchange.keys().importPublic(f.exchange.keys().exportPublic());
            f.exchange.keys().trust(enterpriseKey, enterpriseKey.hex());
            e.exchange.keys().trust(federationKey, federationKey.hex());
        }
        enterprise = dir.resolve("enterprise").toString();
        federation = dir.resolve("federation").toString();
        passphrase = Files.writeString(dir.resolve("passphrase.txt"), new String(PASSPHRASE) + "\n").toString();
    }

    @Test
    void anEnterpriseExportsTheFederationInspectsAndImportsOnceAndSendsAReceipt() throws IOException {
        Path usb = dir.resolve("usb");
        CliHarness export = ok("export", "--data", enterprise, "--to", federationKey.grouped(), "--out",
                usb.toString(), "--passphrase-file", passphrase);
        Path bundle = onlyBundle(usb);
        assertThat(export.out.toString()).contains("已写出并回读校验交换文件", "written and verified", "hazard: 1");
        assertThat(bundle.getFileName().toString()).startsWith("HL-" + enterpriseKey.hex().substring(32) + "-"
                + federationKey.hex().substring(32) + "-").endsWith(".hlb");

        String inspected = ok("inspect", bundle.toString(), "--data", federation, "--passphrase-file", passphrase)
                .out.toString();
        assertThat(inspected).contains("签名有效", "Signature good", "测试化工有限公司", "\"kind\" : \"records\"",
                "\"format\" : \"1.0\"", enterpriseKey.hex());

        String imported = ok("import", bundle.toString(), "--data", federation, "--passphrase-file", passphrase)
                .out.toString();
        assertThat(imported).contains("已导入交换文件", "imported", "export --ack --to " + enterpriseKey.hex());
        String again = ok("import", bundle.toString(), "--data", federation, "--passphrase-file", passphrase)
                .out.toString();
        assertThat(again).contains("已于", "导入过，本次未做任何改动", "already imported");

        Path receipts = dir.resolve("receipts");
        ok("export", "--ack", "--data", federation, "--to", enterpriseKey.hex(), "--out", receipts.toString(),
                "--passphrase-file", passphrase);
        ok("import", onlyBundle(receipts).toString(), "--data", enterprise, "--passphrase-file", passphrase);
    }

    @Test
    void aDamagedBundleIsRefusedInBothLanguagesWithExitCodeOne() throws IOException {
        Path usb = dir.resolve("usb");
        ok("export", "--data", enterprise, "--to", federationKey.hex(), "--out", usb.toString(), "--passphrase-file",
                passphrase);
        Path bundle = onlyBundle(usb);
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Files.write(bundle, bytes);

        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("import", bundle.toString(), "--data", federation, "--passphrase-file", passphrase))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("交换文件被拒绝", "Bundle rejected");
    }

    private static Path onlyBundle(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".hlb")).reduce((a, b) -> {
                throw new AssertionError("more than one bundle in " + folder);
            }).orElseThrow();
        }
    }

    private CliHarness ok(String... args) {
        CliHarness cli = new CliHarness(dir);
        int code = cli.run(args);
        assertThat(code).as(cli.out + "\n" + cli.err).isZero();
        return cli;
    }
}
