package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MEMORY TEST: a 100,000-hazard ledger is exported to .xlsx by {@code export-sheet} in a child JVM whose
 * whole heap is 256 MiB (SXSSF keeps 100 rows in memory, the ledger is read 1,000 lines a page). The
 * rows are counted by streaming the sheet's XML (a full XSSFWorkbook would need far more heap than
 * the export). The time is logged, not asserted: the benchmark command measures it.
 */
@Tag("memory")
class ExportMemoryTest {

    private static final int HAZARDS = 100_000;
    private static final LocalDate TO = LedgerFixture.TODAY;
    private static final LocalDate FROM = TO.minusDays(364);

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowExportRunsWithin256MegabytesOfHeap() throws Exception {
        Path data = dir.resolve("ledger");
        long start = System.nanoTime();
        try (LedgerFixture ledger = new LedgerFixture(data)) {
            ledger.setup.initialiseBenchmark(HAZARDS, FROM, TO, Progress.NONE);
        }
        long generated = (System.nanoTime() - start) / 1_000_000;

        Path out = dir.resolve("export").resolve("ledger-100k.xlsx");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        long exportStart = System.nanoTime();
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                "org.hazardledger.app.Launcher", "export-sheet", "--data", data.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        long exported = (System.nanoTime() - exportStart) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("child ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("100,000");
        assertThat(dataRows(out)).isEqualTo(HAZARDS);
        System.out.printf("100,000-row export: ledger generated in %d ms; child (-Xmx256m) wrote %d bytes in %d ms%n",
                generated, Files.size(out), exported);
    }

    /** The rows of the first sheet below the title, filter and header rows, counted as the XML streams by. */
    static long dataRows(Path xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return countRows(zip) - XlsxExport.DATA_START;
                }
            }
        }
        throw new AssertionError("no first sheet in " + xlsx);
    }

    private static long countRows(InputStream in) throws IOException {
        byte[] pattern = "<row ".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[64 * 1024];
        long rows = 0;
        int matched = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == pattern[matched]) {
                    if (++matched == pattern.length) {
                        rows++;
                        matched = 0;
                    }
                } else {
                    matched = buffer[i] == pattern[0] ? 1 : 0;
                }
            }
        }
        return rows;
    }
}
