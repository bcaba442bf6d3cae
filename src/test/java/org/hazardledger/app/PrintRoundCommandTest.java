package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print round --unit U --date D --out F.pdf}: the record of a unit's round that day. */
class PrintRoundCommandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void twoRoundsOfTheTeamOnOneDay() {
        cli = new CliHarness(dir);
        try (LedgerFixture f = new LedgerFixture(Path.of(cli.data()))) {
            LedgerFixture.SmallEnterprise e = f.initialiseSmall();
            Checklist c = f.rounds.checklistFor(e.team().id());
            f.rounds.record(new RoundDraft(e.team().id(), DAY, List.of(e.leader().id()), c.code(),
                    RoundDraft.allOk(e.team().id(), DAY, List.of(), c).results(), "早班检查"));
            List<RoundItemResult> results = new ArrayList<>(RoundDraft.allOk(e.team().id(), DAY, List.of(), c).results());
            results.set(0, results.get(0).withAnswer(RoundAnswer.FAILED, "安全通道堵塞"));
            f.rounds.record(new RoundDraft(e.team().id(), DAY, List.of(e.worker().id()), c.code(), results, "夜班检查"));
        }
    }

    @Test
    void printsTheLatestRoundOfTheDayOrTheOneIndexed() throws IOException {
        Path latest = dir.resolve("latest.pdf");
        assertThat(cli.run("print", "round", "--data", cli.data(), "--unit", "P1-W1-T1", "--date", "2026-06-10",
                "--out", latest.toString())).as(cli.err.toString()).isZero();
        assertThat(PdfChecks.compactText(Files.readAllBytes(latest)))
                .contains("隐患排查巡查记录", "编号：XJ-20260610-P1-W1-T1", "甲班（P1-W1-T1）", "王小明", "夜班检查",
                        "安全通道堵塞")
                .doesNotContain("早班检查");

        Path earlier = dir.resolve("earlier.pdf");
        assertThat(cli.run("print", "round", "--data", cli.data(), "--unit", "甲班", "--date", "2026-06-10",
                "--index", "2", "--out", earlier.toString())).as(cli.err.toString()).isZero();
        assertThat(PdfChecks.compactText(Files.readAllBytes(earlier))).contains("早班检查", "李建国")
                .doesNotContain("夜班检查");
    }

    @Test
    void aDayWithoutARoundOrABadIndexIsRefusedClearly() {
        Path out = dir.resolve("x.pdf");
        assertThat(cli.run("print", "round", "--data", cli.data(), "--unit", "P1-W1-T1", "--date", "2026-06-11",
                "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("单位“P1-W1-T1 甲班”在 2026-06-11 没有检查记录")
                .contains("Unit “P1-W1-T1 甲班” has no inspection round on 2026-06-11");
        assertThat(cli.run("print", "round", "--data", cli.data(), "--unit", "P1-W1-T1", "--date", "2026-06-10",
                "--index", "3", "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("有 2 次检查：--index 须在 1 到 2 之间");
        assertThat(cli.run("print", "round", "--data", cli.data(), "--unit", "乙班", "--date", "2026-06-10",
                "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有编码或名称为“乙班”的单位");
        assertThat(out).doesNotExist();
    }
}
