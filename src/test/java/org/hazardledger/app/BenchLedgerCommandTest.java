package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench ledger} at its smallest size (10,000 hazards), so the benchmark never rots: every case
 * runs and reports, the ledger is kept in {@code --data} and reused, and the audit chain is still
 * intact after the writes.
 * No timing is asserted (machines here are shared and noisy).
 */
class BenchLedgerCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyCaseRunsAndTheLedgerIsKeptForTheNextRun() {
        Path data = dir.resolve("bench");
        CliHarness first = new CliHarness(dir);
        assertThat(first.run("bench", "ledger", "--hazards", "10000", "--data", data.toString(),
                "--runs", "2", "--warmup", "1", "--keywords", "漏电,阀", "--lang", "en"))
                .as(first.err.toString()).isZero();
        assertThat(first.out.toString()).contains("Benchmark ledger built: 10000 hazards",
                "Ledger benchmark: 10000 hazards", "Open the ledger with its first page",
                "A 50-row page at any offset (all hazards)", "Baseline: the same pages by a plain OFFSET",
                "Total (hazards not struck off)",
                "Positions (overdue hazards)", "Search “漏电” (first page and total)", "Search “YH-",
                "Register a hazard", "One lifecycle transition", "Audit chain: intact", "peak heap used");

        CliHarness again = new CliHarness(dir);
        assertThat(again.run("bench", "ledger", "--data", data.toString(), "--runs", "1", "--warmup", "0",
                "--lang", "en")).as(again.err.toString()).isZero();
        // 10,000 built, and 3 registered by the first run (1 warm-up and 2 timed; the transitions take those)
        assertThat(again.out.toString()).doesNotContain("Benchmark ledger built")
                .contains("Ledger benchmark: 10003 hazards");
    }

    @Test
    void aLedgerWithAccountsIsNeverWrittenTo() {
        Path real = dir.resolve("real");
        int hazards;
        try (LedgerFixture ledger = new LedgerFixture(real)) {
            var e = ledger.initialiseSmall();
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
            ledger.accounts.createFirstAdmin("admin", "管理员", "Admin-2026-x");
            hazards = ledger.hazards.count(HazardQuery.ALL);
        }
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("bench", "ledger", "--data", real.toString(), "--runs", "1", "--warmup", "0",
                "--lang", "en")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("不是基准测试台账", "it is not a benchmark ledger");
        try (LedgerFixture ledger = new LedgerFixture(real)) {
            assertThat(ledger.hazards.count(HazardQuery.ALL)).isEqualTo(hazards);
        }
    }
}
