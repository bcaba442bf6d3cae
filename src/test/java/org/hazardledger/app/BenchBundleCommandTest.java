package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench bundle} at a tiny size, so the benchmark that compares the bundle export and import
 * with gpg never rots (no timing is asserted: machines here are shared).
 */
class BenchBundleCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsAndImportsABundleWithAttachmentsAndReportsRatesBesideTheCeiling() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("bench", "bundle", "--hazards", "50", "--attachments-mb", "2", "--runs", "1",
                "--warmup", "0", "--lang", "en")).as(cli.err.toString()).isZero();

        String out = cli.out.toString();
        assertThat(out).contains("Bundle exchange benchmark: 50 hazards, 4 attachments (2 MB of random bytes)",
                "0 warm-up runs, 1 timed runs", "Full bundle export", "Import of that bundle");
        assertThat(out).containsPattern("bundle \\d{7,} bytes");
        assertThat(out).containsPattern("median \\d+ ms, p95 \\d+ ms");
        assertThat(out).containsPattern("Imported \\d+ records \\(50 hazards, 4 attachments in the bundle\\)");
        assertThat(out).containsPattern("peak heap used \\d+ MB");
        assertThat(out).containsPattern("HazardLedger export: [\\d.]+");
        assertThat(out).containsPattern("HazardLedger import: [\\d.]+");
        assertThat(out).containsPattern("gpg encrypt and sign: ([\\d.]+|not measured)");
        assertThat(out).containsPattern("gpg decrypt and verify: ([\\d.]+|not measured)");
        assertThat(out).containsPattern("JDK AES-256-CFB alone: [\\d.]+");
        assertThat(out).containsPattern("JDK SHA-512 alone: [\\d.]+");
    }
}
