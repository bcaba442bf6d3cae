package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-form}: the code read off a printed form is matched to the ledger, as a clerk would check it. */
class VerifyFormCommandTest {

    private static final Pattern CODE = Pattern.compile("核验码\\s*(YH-[0-9-]+/\\d{8}/[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})");

    @TempDir
    Path dir;

    private CliHarness cli;
    private Hazard hazard;

    @BeforeEach
    void ledgerWithAHazard() {
        cli = new CliHarness(dir);
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("ledger"))) {
            hazard = ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
    }

    @Test
    void theCodeOnAFreshlyPrintedNoticeMatchesTheLedgerAsItIs() throws Exception {
        String code = printNoticeAndReadItsCode();

        assertThat(cli.run("verify-form", code, "--data", cli.data())).as(cli.err.toString()).isZero();

        assertThat(cli.out.toString()).contains("核验通过：" + hazard.number(), "Verified: " + hazard.number(),
                "纸质表单与台账一致", "the paper form matches the ledger");
    }

    @Test
    void aNoticePrintedBeforeTheHazardMovedOnIsMatchedAndSaysTheRecordChanged() throws Exception {
        String code = printNoticeAndReadItsCode();
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("ledger"))) {
            Hazard now = ledger.hazards.byNumber(hazard.number().toString()).orElseThrow();
            ledger.hazards.perform(now.id(), now.revision(),
                    new HazardCommand.ReportRectified(LocalDate.of(2026, 6, 14), "已更换垫片"));
        }

        assertThat(cli.run("verify-form", code, "--data", cli.data())).as(cli.err.toString()).isZero();

        assertThat(cli.out.toString()).contains("打印后该记录又变更了 1 次", "changed 1 times since printing");
    }

    @Test
    void aMistypedCodeIsRefusedInBothLanguages() throws Exception {
        String code = printNoticeAndReadItsCode();
        String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");

        assertThat(cli.run("verify-form", mistyped, "--data", cli.data())).isEqualTo(1);

        assertThat(cli.err.toString()).contains("与本台账中的任何记录状态都不相符", "matches no state of this ledger");
    }

    @Test
    void textThatIsNotACodeSaysWhatACodeLooksLike() {
        assertThat(cli.run("verify-form", "隐患整改通知单", "--data", cli.data())).isEqualTo(1);

        assertThat(cli.err.toString()).contains("不是表单核验码", "is not a form verification code",
                "YH-2026-03-0042/20261129/7F3A-9C2E-41B0");
    }

    private String printNoticeAndReadItsCode() throws Exception {
        Path pdf = dir.resolve("notice.pdf");
        assertThat(cli.run("print", "notice", "--hazard", hazard.number().toString(), "--out", pdf.toString(),
                "--data", cli.data())).as(cli.err.toString()).isZero();
        Matcher m = CODE.matcher(PdfChecks.text(Files.readAllBytes(pdf)));
        assertThat(m.find()).as("a verification code on the notice").isTrue();
        return m.group(1);
    }
}
