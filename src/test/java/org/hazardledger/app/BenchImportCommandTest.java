package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench import} at a small size, so the bulk-import benchmark never rots (no timing asserted). */
class BenchImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatesExportsAndImportsASmallLedger() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("bench", "import", "--hazards", "300", "--workshops", "2", "--runs", "1", "--warmup",
                "0", "--lang", "en")).as(cli.err.toString()).isZero();

        String out = cli.out.toString();
        assertThat(out).containsPattern("Benchmark ledger generated: 300 hazards in 2 workshops in \\d+ ms");
        assertThat(out).contains("Bulk import benchmark: 300 hazards", "1 timed runs");
        assertThat(out).containsPattern("median \\d+ ms, p95 \\d+ ms");
        assertThat(out).containsPattern("Imported 300 hazards; sheet read median \\d+ ms; written \\d+ hazards per second");
        assertThat(out).containsPattern("peak heap used \\d+ MB");
    }

    @Test
    void generateOnlyStopsAfterTheLedger() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("bench", "import", "--hazards", "100", "--generate-only", "--lang", "en"))
                .as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("Benchmark ledger generated: 100 hazards")
                .doesNotContain("Bulk import benchmark");
    }
}
