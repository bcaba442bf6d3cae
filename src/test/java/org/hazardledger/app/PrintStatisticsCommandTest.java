package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print statistics} and {@code print briefing} as a user runs them. */
class PrintStatisticsCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir);
    }

    @Test
    void printsTheQuarterAndTheYearTableAndTheBriefing() throws IOException {
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
        Path quarter = dir.resolve("out").resolve("q2.pdf");
        assertThat(cli.run("print", "statistics", "--data", cli.data(), "--year", "2026", "--quarter", "2",
                "--out", quarter.toString())).as(cli.err.toString()).isZero();
        assertThat(Files.readAllBytes(quarter)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(PdfChecks.compactText(Files.readAllBytes(quarter))).contains("测试化工有限公司", "（2026年第2季度）",
                "报送期限：2026年7月15日");
        assertThat(cli.out.toString()).contains(quarter.toAbsolutePath().toString());

        Path year = dir.resolve("year.pdf");
        assertThat(cli.run("print", "statistics", "--data", cli.data(), "--year", "2026", "--out", year.toString()))
                .as(cli.err.toString()).isZero();
        assertThat(PdfChecks.compactText(Files.readAllBytes(year))).contains("（2026年度）", "报送期限：2027年1月31日");

        Path briefing = dir.resolve("briefing.pdf");
        assertThat(cli.run("print", "briefing", "--data", cli.data(), "--from", "2026-04-01", "--to", "2026-06-30",
                "--out", briefing.toString())).as(cli.err.toString()).isZero();
        assertThat(PdfChecks.compactText(Files.readAllBytes(briefing))).contains("关于隐患排查治理情况的通报",
                "2026年4月1日至2026年6月30日");
    }

    @Test
    void aFifthQuarterIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("q5.pdf");
        assertThat(cli.run("print", "statistics", "--data", cli.data(), "--year", "2026", "--quarter", "5",
                "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("季度须为 1 至 4：5");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedDateIsAUsageError() {
        assertThat(cli.run("print", "briefing", "--data", cli.data(), "--from", "2026-13-01", "--to", "2026-06-30",
                "--out", dir.resolve("x.pdf").toString())).isEqualTo(2);
    }
}
