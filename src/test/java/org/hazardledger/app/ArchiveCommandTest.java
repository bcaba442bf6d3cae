package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print archive} writes the 分级隐患档案 of a unit; {@code bench archive} times it on a throw-away ledger. */
class ArchiveCommandTest {

    @TempDir
    Path dir;
    CliHarness cli;
    Hazard hazard;

    @BeforeEach
    void aTeamThatFoundAHazardInMay() {
        cli = new CliHarness(dir);
        try (LedgerFixture f = new LedgerFixture(Path.of(cli.data()))) {
            hazard = f.registerAssigned(f.initialiseSmall(), LocalDate.of(2026, 5, 20));
        }
    }

    @Test
    void printsTheArchiveOfATeamForAPeriod() throws Exception {
        Path out = dir.resolve("out").resolve("archive.pdf");

        assertThat(cli.run("print", "archive", "--data", cli.data(), "--tier", "班组", "--unit", "P1-W1-T1",
                "--from", "2026-04-01", "--to", "2026-06-30", "--out", out.toString())).as(cli.err.toString()).isZero();

        assertThat(cli.out.toString()).contains(out.toAbsolutePath().toString());
        String text = PdfChecks.compactText(Files.readAllBytes(out));
        assertThat(text).contains("分级隐患档案", "甲班", "2026年4月1日至2026年6月30日", hazard.number().toString(),
                "一、本期发现的隐患（共1项）");
    }

    @Test
    void anUnknownUnitOrTierIsRefused() {
        Path out = dir.resolve("never.pdf");

        assertThat(cli.run("print", "archive", "--data", cli.data(), "--tier", "TEAM", "--unit", "乙班",
                "--from", "2026-04-01", "--to", "2026-06-30", "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有编码或名称为“乙班”的单位");
        assertThat(cli.run("print", "archive", "--data", cli.data(), "--tier", "SHIFT", "--unit", "P1-W1-T1",
                "--from", "2026-04-01", "--to", "2026-06-30", "--out", out.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void theBenchmarkReportsTimesPagesAndMemory() {
        assertThat(cli.run("bench", "archive", "--hazards", "40", "--runs", "2", "--warmup", "0", "--lang", "en"))
                .as(cli.err.toString()).isZero();

        String out = cli.out.toString();
        assertThat(out).contains("Tiered archive benchmark: 40 hazards", "2 timed runs");
        assertThat(out).containsPattern("median \\d+ ms, p95 \\d+ ms");
        assertThat(out).containsPattern("[1-9]\\d* pages, PDF \\d+ bytes");
        assertThat(out).containsPattern("peak heap used \\d+ MB");
    }
}
