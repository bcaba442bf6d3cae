package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazardledger.model.Industry;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys}: two ledgers swap public keys on the command line and trust each other after a phone call. */
class KeysCommandTest {

    private static final Pattern FINGERPRINT = Pattern.compile("指纹：((?:[0-9A-F]{4} ){9}[0-9A-F]{4})");

    @TempDir
    Path dir;

    private String enterprise;
    private String federation;
    private String passphrase;

    @BeforeEach
    void twoLedgers() throws Exception {
        try (LedgerFixture fx = new LedgerFixture(dir.resolve("enterprise"))) {
            fx.initialiseSmall();
        }
        try (LedgerFixture fx = new LedgerFixture(dir.resolve("federation"))) {
            fx.setup.initialiseEmpty("江城市总工会", Industry.CHEMICALS);
        }
        enterprise = dir.resolve("enterprise").toString();
        federation = dir.resolve("federation").toString();
        Path file = dir.resolve("passphrase.txt");
        Files.writeString(file, "Jiangcheng-2026\n");
        passphrase = file.toString();
    }

    @Test
    void twoLedgersSwapKeysAndTrustEachOtherOnlyAfterConfirmingTheFingerprint() throws Exception {
        CliHarness init = ok("keys", "init", "--data", enterprise, "--passphrase-file", passphrase);
        assertThat(init.out.toString()).contains("已为 测试化工有限公司 生成密钥", "Key made for 测试化工有限公司",
                "Fingerprint: ");
        String enterpriseKey = fingerprint(init);
        String federationKey = fingerprint(ok("keys", "init", "--data", federation, "--passphrase-file", passphrase));

        Path asc = dir.resolve("out").resolve("enterprise.asc");
        CliHarness export = ok("keys", "export", "--data", enterprise, "--out", asc.toString());
        assertThat(asc).exists();
        assertThat(Files.readString(asc)).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----").doesNotContain("PRIVATE");
        assertThat(export.out.toString()).contains(asc.toAbsolutePath().toString(), enterpriseKey);
        assertThat(ok("keys", "export", "--data", federation).out.toString())
                .startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");

        CliHarness imported = ok("keys", "import", asc.toString(), "--data", federation);
        assertThat(imported.out.toString()).contains("已导入 测试化工有限公司（企业）的公钥",
                "Imported the public key of 测试化工有限公司 (Enterprise)", enterpriseKey, "此密钥尚未信任",
                "NOT trusted yet", "hazard-ledger keys trust " + enterpriseKey.replace(" ", "") + " --confirm");

        Run misread = run("keys", "trust", enterpriseKey.replace(" ", ""), "--confirm",
                enterpriseKey.substring(0, 45) + "ZZZZ", "--data", federation);
        assertThat(misread.exitCode()).isEqualTo(1);
        assertThat(misread.harness().err.toString()).contains("未予信任", "was NOT trusted");
        assertThat(ok("keys", "list", "--data", federation).out.toString()).contains("未信任 / not trusted");

        CliHarness trusted = ok("keys", "trust", enterpriseKey.replace(" ", ""), "--confirm",
                enterpriseKey.toLowerCase(Locale.ROOT), "--data", federation);
        assertThat(trusted.out.toString()).contains("已信任 测试化工有限公司（企业）的密钥：" + enterpriseKey);
        assertThat(ok("keys", "trust", enterpriseKey, "--confirm", enterpriseKey, "--data", federation).out.toString())
                .contains("早已信任", "already trusted");

        String list = ok("keys", "list", "--data", federation).out.toString();
        assertThat(list).contains("归属 | 名称", "Whose | Name");
        assertThat(list.lines().filter(l -> l.contains(federationKey)).findFirst().orElseThrow())
                .contains("本机 / own", "江城市总工会", "企业 / Enterprise", "本机密钥", "own key, made by",
                        "使用中 / in use");
        assertThat(list.lines().filter(l -> l.contains(enterpriseKey)).findFirst().orElseThrow())
                .contains("对方 / other side", "测试化工有限公司", "核对信任", "trusted by").doesNotContain("未信任");
    }

    @Test
    void rotationKeepsTheOldKeyListedAsRetiredAndSaysTheOtherSideMustConfirmAgain() {
        String first = fingerprint(ok("keys", "init", "--data", enterprise, "--passphrase-file", passphrase));

        CliHarness rotated = ok("keys", "rotate", "--data", enterprise, "--passphrase-file", passphrase);

        String second = fingerprint(rotated);
        assertThat(second).isNotEqualTo(first);
        assertThat(rotated.out.toString()).contains(first, "NOT signed by the old one", "再次电话核对指纹");
        String list = ok("keys", "list", "--data", enterprise).out.toString();
        assertThat(list.lines().filter(l -> l.contains(first)).findFirst().orElseThrow()).contains("停用", "retired");
        assertThat(list.lines().filter(l -> l.contains(second)).findFirst().orElseThrow()).contains("使用中");
    }

    @Test
    void refusalsSayWhatIsWrongInBothLanguages() throws Exception {
        Path shortFile = dir.resolve("short.txt");
        Files.writeString(shortFile, "1234\n");
        CliHarness tooShort = run("keys", "init", "--data", enterprise, "--passphrase-file", shortFile.toString())
                .expect(1);
        assertThat(tooShort.err.toString()).contains("至少需要 8 个字符", "at least 8 characters");

        assertThat(run("keys", "export", "--data", enterprise).expect(1).err.toString())
                .contains("本机尚无密钥", "keys init");

        assertThat(run("keys", "trust", "not-a-key", "--confirm", "x", "--data", enterprise).expect(1)
                .err.toString()).contains("不是密钥指纹", "is not a key fingerprint");

        Path garbage = dir.resolve("garbage.asc");
        Files.writeString(garbage, "这不是公钥");
        assertThat(run("keys", "import", garbage.toString(), "--data", enterprise).expect(1).err.toString())
                .contains("这不是有效的 OpenPGP 密钥文件", "not a valid OpenPGP key file");

        ok("keys", "init", "--data", enterprise, "--passphrase-file", passphrase);
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "jiangcheng-2026\n");
        assertThat(run("keys", "rotate", "--data", enterprise, "--passphrase-file", wrong.toString()).expect(1)
                .err.toString()).contains("密钥口令不正确", "passphrase is wrong");
        assertThat(run("keys", "init", "--data", enterprise, "--passphrase-file", passphrase).expect(1)
                .err.toString()).contains("keys rotate");
    }

    private CliHarness ok(String... args) {
        return run(args).expect(0);
    }

    private Run run(String... args) {
        CliHarness cli = new CliHarness(dir);
        return new Run(cli, cli.run(args));
    }

    private static String fingerprint(CliHarness cli) {
        Matcher m = FINGERPRINT.matcher(cli.out.toString());
        assertThat(m.find()).as(cli.out.toString()).isTrue();
        return m.group(1);
    }

    private record Run(CliHarness harness, int exitCode) {
        CliHarness expect(int code) {
            assertThat(exitCode).as(harness.out + "\n" + harness.err).isEqualTo(code);
            return harness;
        }
    }
}
