package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 10,000-hazard tiered archive is printed by a JVM whose whole heap is 256 MB: the fill keeps its
 * pages in a swap file (virtualizer) and makes its rows one at a time. Without the virtualizer the
 * filled pages alone need about 500 MB (ARCHITECTURE.md).
 *
 * <p>About a minute (10,000 registrations, then a ~1,250-page fill); the {@code bench archive}
 * command reports the time and peak heap of the same archive.
 */
class ArchiveMemoryTest {

    private static final int HAZARDS = 10_000;
    private static final LocalDate TO = LedgerFixture.TODAY;
    private static final LocalDate FROM = TO.minusDays(89);

    @TempDir
    Path dir;

    @Test
    void tenThousandHazardsPrintWithA256MegabyteHeap() throws Exception {
        OrgUnit workshop;
        long start = System.nanoTime();
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            workshop = ledger.setup.initialiseBenchmark(HAZARDS, FROM, TO, Progress.NONE);
            assertThat(ledger.archives.archive(org.hazardledger.model.Tier.WORKSHOP, workshop.id(), FROM, TO)
                    .found()).hasSize(HAZARDS);
        }
        long generated = (System.nanoTime() - start) / 1_000_000;

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                ArchiveMemoryMain.class.getName(), dir.toString(), workshop.id().toString(), FROM.toString(),
                TO.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("child ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        Matcher m = Pattern.compile("pages=(\\d+) bytes=(\\d+) millis=(\\d+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        // about 25 rows a landscape page, descriptions wrapping on some
        assertThat(Integer.parseInt(m.group(1))).isGreaterThan(HAZARDS / 40);
        System.out.printf("10,000-hazard archive: ledger generated in %d ms; child (-Xmx256m) printed %s pages,"
                + " %s bytes in %s ms%n", generated, m.group(1), m.group(2), m.group(3));
    }
}
