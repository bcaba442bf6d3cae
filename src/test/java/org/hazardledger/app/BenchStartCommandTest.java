package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench start} on a small ledger: each run a child JVM up to the first ledger page (no
 * timing is asserted: machines here are shared).
 */
class BenchStartCommandTest {

    @TempDir
    Path dir;

    @Test
    void startsAChildJvmPerRunAndReportsTheFirstPageTimesAndMemory() {
        Path data = dir.resolve("ledger");
        try (LedgerFixture ledger = new LedgerFixture(data)) {
            LedgerFixture.SmallEnterprise e = ledger.initialiseSmall();
            for (int i = 0; i < 5; i++) {
                ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(i)));
            }
        }
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("bench", "start", "--data", data.toString(), "--runs", "2", "--warmup", "0",
                "--lang", "en")).as(cli.err.toString()).isZero();

        String out = cli.out.toString();
        assertThat(out).contains("Start benchmark: ledger", "2 timed runs", "First page: 5 rows of 5 hazards");
        assertThat(out).containsPattern("median \\d+ ms, p95 \\d+ ms");
        assertThat(out).containsPattern("from its process start \\d+ ms, opening the ledger \\d+ ms");
        assertThat(out).containsPattern("peak heap used \\d+ MB");
    }
}
