package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.cli.CliContext;
import org.hazardledger.cli.HazardLedgerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes 0 ok, 1 refused, 2 usage; messages in both languages. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext ctx = new CliContext(Launcher::openForCommand, (d, l) -> {
            throw new AssertionError("no window in this test");
        }, () -> dir.resolve("default"), new PrintWriter(out), new PrintWriter(err));
        return HazardLedgerCommand.run(ctx, args);
    }

    private String data() {
        return dir.resolve("ledger").toString();
    }

    @Test
    void demoLedgerListsAsCsvAndPrintsANotice() throws IOException {
        assertThat(run("init", "--data", data(), "--demo")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("江城化工");
        out.getBuffer().setLength(0);

        assertThat(run("list", "--data", data(), "--format", "csv")).as(err.toString()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSizeBetween(1900, 2100);
        assertThat(rows.get(0).get("隐患编号")).matches("YH-\\d{4}-\\d{2}-\\d{4}");
        String number = rows.get(0).get("隐患编号");

        out.getBuffer().setLength(0);
        assertThat(run("list", "--data", data(), "--status", "closed", "--format", "csv", "--lang", "en")).isZero();
        assertThat(out.toString().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",Closed,"));

        Path pdf = dir.resolve("out").resolve("notice.pdf");
        assertThat(run("print", "notice", "--data", data(), "--hazard", number, "--out", pdf.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyLedgerForARealEnterprise() {
        assertThat(run("init", "--data", data(), "--enterprise", "长江机械厂", "--industry", "metallurgy")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("list", "--data", data())).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("隐患编号"));
    }

    @Test
    void initialisingTwiceIsRefusedInBothLanguages() {
        assertThat(run("init", "--data", data(), "--enterprise", "长江机械厂")).isZero();
        assertThat(run("init", "--data", data(), "--enterprise", "长江机械厂")).isEqualTo(1);
        assertThat(err.toString()).contains("错误：该台账已经建立过企业").contains("Error: This ledger already has an enterprise");
    }

    @Test
    void aMalformedOrUnknownHazardNumberIsADomainError() {
        run("init", "--data", data(), "--enterprise", "长江机械厂");
        assertThat(run("print", "notice", "--data", data(), "--hazard", "42", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("YH-2026-03-0042");
        assertThat(run("print", "notice", "--data", data(), "--hazard", "YH-2020-01-0001", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("没有编号为 YH-2020-01-0001 的隐患");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("list", "--format", "xml")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("init", "--data", data())).isEqualTo(2);
    }

    @Test
    void versionNeedsNoDisplay() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--version")
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("HazardLedger");
    }
}
