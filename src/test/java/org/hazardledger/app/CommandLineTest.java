package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes 0 ok, 1 refused, 2 usage; messages in both languages. */
class CommandLineTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir);
    }

    @Test
    void demoLedgerListsAsCsvAndPrintsANotice() throws IOException {
        assertThat(cli.run("init", "--data", cli.data(), "--demo")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("江城化工");
        cli.out.getBuffer().setLength(0);

        assertThat(cli.run("list", "--data", cli.data(), "--format", "csv")).as(cli.err.toString()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out.toString())).getRecords();
        assertThat(rows).hasSizeBetween(1900, 2100);
        assertThat(rows.get(0).get("隐患编号")).matches("YH-\\d{4}-\\d{2}-\\d{4}");
        String number = rows.get(0).get("隐患编号");

        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("list", "--data", cli.data(), "--status", "closed", "--format", "csv", "--lang", "en")).isZero();
        assertThat(cli.out.toString().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",Closed,"));

        Path pdf = dir.resolve("out").resolve("notice.pdf");
        assertThat(cli.run("print", "notice", "--data", cli.data(), "--hazard", number, "--out", pdf.toString()))
                .as(cli.err.toString()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyLedgerForARealEnterprise() {
        assertThat(cli.run("init", "--data", cli.data(), "--enterprise", "长江机械厂", "--industry", "metallurgy")).isZero();
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("list", "--data", cli.data())).isZero();
        assertThat(cli.out.toString().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("隐患编号"));
    }

    @Test
    void initialisingTwiceIsRefusedInBothLanguages() {
        assertThat(cli.run("init", "--data", cli.data(), "--enterprise", "长江机械厂")).isZero();
        assertThat(cli.run("init", "--data", cli.data(), "--enterprise", "长江机械厂")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("错误：该台账已经建立过企业").contains("Error: This ledger already has an enterprise");
    }

    @Test
    void aMalformedOrUnknownHazardNumberIsADomainError() {
        cli.run("init", "--data", cli.data(), "--enterprise", "长江机械厂");
        assertThat(cli.run("print", "notice", "--data", cli.data(), "--hazard", "42", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("YH-2026-03-0042");
        assertThat(cli.run("print", "notice", "--data", cli.data(), "--hazard", "YH-2020-01-0001", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有编号为 YH-2020-01-0001 的隐患");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(cli.run("list", "--format", "xml")).isEqualTo(2);
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.run("init", "--data", cli.data())).isEqualTo(2);
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
