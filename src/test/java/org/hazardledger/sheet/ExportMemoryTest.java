package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
    /** Hazards registered the ordinary way; each is then copied 99 times in SQL (registering 100,000 takes ~8 min). */
    private static final int REGISTERED = 1_000;
    private static final int COPIES = HAZARDS / REGISTERED - 1;
    private static final LocalDate TO = LedgerFixture.TODAY;
    private static final LocalDate FROM = TO.minusDays(364);

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRowExportRunsWithin256MegabytesOfHeap() throws Exception {
        Path data = dir.resolve("ledger");
        long start = System.nanoTime();
        try (LedgerFixture ledger = new LedgerFixture(data)) {
            ledger.setup.initialiseBenchmark(REGISTERED, FROM, TO, Progress.NONE);
        }
        copyHazards(data);
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
        System.out.printf("100,000-row export: ledger generated (1,000 registered, copied in SQL) in %d ms; child (-Xmx256m) wrote %d bytes in %d ms%n",
                generated, Files.size(out), exported);
    }

    /**
     * Each registered hazard copied {@value #COPIES} times straight in the H2 file: a new id, and the
     * number's sequence plus 100 per copy (about 83 hazards a month are registered, so the numbers stay
     * unique and four digits). Only the hazard table: the export reads nothing else per hazard.
     */
    private static void copyHazards(Path data) throws SQLException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("ledger") + ";FILE_LOCK=FILE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE"
                    + " TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'HAZARD' ORDER BY ORDINAL_POSITION")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT MAX(CAST(SUBSTRING(NUMBER, 12) AS INT)) FROM HAZARD")) {
                rs.next();
                assertThat(rs.getInt(1)).as("numbers a month").isLessThan(100);
            }
            List<String> values = new ArrayList<>();
            for (String col : columns) {
                switch (col) {
                    case "ID":
                        values.add("RANDOM_UUID()");
                        break;
                    case "ROW_NO":
                        values.add("NEXT VALUE FOR HAZARD_ROW_SEQ");
                        break;
                    case "NUMBER":
                        values.add("LEFT(O.NUMBER, 11) || LPAD(CAST(CAST(SUBSTRING(O.NUMBER, 12) AS INT) + R.X * 100"
                                + " AS VARCHAR), 4, '0')");
                        break;
                    default:
                        values.add("O." + col);
                }
            }
            st.execute("CREATE TABLE ORIGINAL_HAZARD AS SELECT * FROM HAZARD");
            st.executeUpdate("INSERT INTO HAZARD (" + String.join(", ", columns) + ") SELECT "
                    + String.join(", ", values) + " FROM ORIGINAL_HAZARD O, SYSTEM_RANGE(1, " + COPIES + ") R");
            st.execute("DROP TABLE ORIGINAL_HAZARD");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM HAZARD")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(HAZARDS);
            }
        }
    }

    /** The rows of the first sheet below the title, filter and header rows, counted as the XML streams by. */
    static long dataRows(Path xlsx) throws IOException {
        // ZipFile (the central directory), not ZipInputStream: POI's entries carry data descriptors
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new AssertionError("no first sheet in " + xlsx);
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return countRows(in) - XlsxExport.DATA_START;
            }
        }
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
