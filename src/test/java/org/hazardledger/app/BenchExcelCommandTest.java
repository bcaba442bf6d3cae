package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench excel} at a small size, so the benchmark that measures the 100,000-row export never
 * rots (no timing is asserted: machines here are shared).
 */
class BenchExcelCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsAndReimportsASmallLedgerAndReportsTimesAndMemory() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("bench", "excel", "--hazards", "250", "--runs", "1", "--warmup", "0", "--lang", "en"))
                .as(cli.err.toString()).isZero();

        String out = cli.out.toString();
        assertThat(out).contains("Excel ledger export benchmark: 250 hazards", "1 timed runs", "250 rows, file ");
        assertThat(out).containsPattern("median \\d+ ms, p95 \\d+ ms");
        assertThat(out).containsPattern("peak heap used \\d+ MB");
        assertThat(out).containsPattern("into an empty ledger: 250 hazards, read \\d+ ms, written \\d+ ms");
    }
}
