package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats --quarter 2026Q2 | --year 2026 [--format csv]} as a user runs it. */
class StatsCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void ledgerWithOneHazardInQ2() {
        cli = new CliHarness(dir);
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
    }

    @Test
    void printsEveryFigureOfTheQuarterWithBothLanguages() {
        assertThat(cli.run("stats", "--data", cli.data(), "--quarter", "2026Q2")).as(cli.err.toString()).isZero();
        String out = cli.out.toString();
        assertThat(out).contains("隐患统计 2026-Q2：2026-04-01 至 2026-06-30", "Hazard statistics 2026-Q2",
                "发现隐患 / Hazards found", "整改率 / Rectification rate", "职工参与率 / Participation rate",
                "按整改层级 / By rectifying tier", "按隐患类别 / By category", "按隐患形态 / By hazard form",
                "按单位 / By unit", "按隐患来源 / By source", "排查执行情况 / Inspection round compliance",
                "物的危险状态 / Unsafe state of things", "岗位排查 / Post check", "一厂 合成车间", "0.0%", "33.3%");
        assertThat(out.lines().filter(l -> l.contains("发现隐患 / Hazards found")).findFirst().orElseThrow())
                .endsWith(" 1");
    }

    @Test
    void csvHasOneRecordPerFigure() throws IOException {
        assertThat(cli.run("stats", "--data", cli.data(), "--quarter", "2026q2", "--format", "csv"))
                .as(cli.err.toString()).isZero();
        List<CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(cli.out.toString()))) {
            rows = p.getRecords();
        }
        assertThat(rows.get(0).toList()).containsExactly("分组 / Section", "项目 / Item", "数值 / Value",
                "发现 / Found", "整改 / Rectified", "销号 / Closed", "未销号 / Open", "逾期 / Overdue");
        assertThat(value(rows, "发现隐患 / Hazards found")).isEqualTo("1");
        assertThat(value(rows, "职工人数 / Workers")).isEqualTo("3");
        assertThat(value(rows, "发现隐患的职工 / Workers who found a hazard")).isEqualTo("1");
        CSVRecord team = rows.stream().filter(r -> r.get(0).equals("按整改层级 / By rectifying tier")
                && r.get(1).equals("班组 / Team")).findFirst().orElseThrow();
        // found 1, rectified 0, closed 0, open and overdue on 30 June (due ten days after 12 June)
        assertThat(team.toList().subList(3, 8)).containsExactly("1", "0", "0", "1", "1");
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(8));
    }

    @Test
    void aWholeYearWorksToo() {
        assertThat(cli.run("stats", "--data", cli.data(), "--year", "2026")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("2026：2026-01-01 至 2026-12-31");
    }

    @Test
    void aBadQuarterIsRefusedClearly() {
        assertThat(cli.run("stats", "--data", cli.data(), "--quarter", "2026Q5")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("不是有效的季度：2026Q5", "Not a quarter: 2026Q5");
        assertThat(cli.out.toString()).isEmpty();
        assertThat(cli.run("stats", "--data", cli.data(), "--quarter", "26Q3")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Not a quarter: 26Q3");
    }

    @Test
    void exactlyOneOfQuarterAndYear() {
        assertThat(cli.run("stats", "--data", cli.data())).isEqualTo(1);
        assertThat(cli.run("stats", "--data", cli.data(), "--quarter", "2026Q2", "--year", "2026")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Give either --quarter");
        assertThat(cli.run("stats", "--data", cli.data(), "--year", "twenty")).isEqualTo(2);
    }

    private static String value(List<CSVRecord> rows, String item) {
        return rows.stream().filter(r -> r.get(1).equals(item)).findFirst().orElseThrow().get(2);
    }
}
