package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print closure}, {@code print major-report} and {@code print major-plan} as a user runs them. */
class HazardFormCommandsTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private String general;
    private String major;

    /** A general hazard with its 五定 and a major hazard with its report and plan. */
    @BeforeEach
    void ledger() {
        cli = new CliHarness(dir);
        try (LedgerFixture f = new LedgerFixture(Path.of(cli.data()))) {
            SmallEnterprise e = f.initialiseSmall();
            general = f.registerAssigned(e, LedgerFixture.TODAY.minusDays(5)).number().toString();
            Hazard h = f.hazards.register(new HazardDraft(new Registration(e.post().id(), "合成塔顶部平台",
                    LedgerFixture.TODAY.minusDays(3), e.worker().id(), false, HazardSource.PLANT_CHECK, "PROCESS_DEFECT",
                    HazardForm.UNSAFE_STATE, "塔顶安全阀起跳压力设定错误"),
                    new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT,
                            MajorCriterionCitation.clause("CHEM-03"))));
            f.majorHazards.recordReport(h.id(), 0, new MajorHazardFile.Report("安全阀检定漏项", "可致爆炸", "停车更换"));
            f.majorHazards.recordPlan(h.id(), f.majorHazards.file(h.id()).orElseThrow().revision(), new MajorHazardFile.Plan("消除超压风险", "停车更换安全阀",
                    "经费5万元", "设备科牵头", "6月30日前", "设警戒区"));
            major = h.number().toString();
        }
    }

    @Test
    void printsTheClosureFormOfAHazard() throws IOException {
        Path pdf = dir.resolve("out").resolve("closure.pdf");

        assertThat(cli.run("print", "closure", "--data", cli.data(), "--hazard", general, "--out", pdf.toString()))
                .as(cli.err.toString()).isZero();

        assertThat(cli.out.toString()).contains(pdf.toAbsolutePath().toString());
        assertThat(PdfChecks.compactText(Files.readAllBytes(pdf))).contains("隐患治理销号单", "编号：" + general);
    }

    @Test
    void printsTheReportAndThePlanOfAMajorHazard() throws IOException {
        Path report = dir.resolve("report.pdf");
        Path plan = dir.resolve("plan.pdf");

        assertThat(cli.run("print", "major-report", "--data", cli.data(), "--hazard", major, "--out", report.toString()))
                .as(cli.err.toString()).isZero();
        assertThat(cli.run("print", "major-plan", "--data", cli.data(), "--hazard", major, "--out", plan.toString()))
                .as(cli.err.toString()).isZero();

        assertThat(PdfChecks.compactText(Files.readAllBytes(report))).contains("重大隐患报告表", "安全阀检定漏项");
        assertThat(PdfChecks.compactText(Files.readAllBytes(plan))).contains("重大隐患治理方案", "消除超压风险");
    }

    @Test
    void aGeneralHazardHasNoMajorFormsAndNothingIsWritten() {
        Path out = dir.resolve("x.pdf");

        assertThat(cli.run("print", "major-plan", "--data", cli.data(), "--hazard", general, "--out", out.toString()))
                .isEqualTo(1);
        assertThat(cli.run("print", "major-report", "--data", cli.data(), "--hazard", general, "--out", out.toString()))
                .isEqualTo(1);

        assertThat(cli.err.toString()).contains("隐患 " + general + " 不是重大隐患，没有重大隐患治理方案",
                "Hazard " + general + " is not a major hazard");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownHazardIsRefused() {
        Path out = dir.resolve("x.pdf");

        assertThat(cli.run("print", "closure", "--data", cli.data(), "--hazard", "YH-2020-01-0001", "--out",
                out.toString())).isEqualTo(1);

        assertThat(cli.err.toString()).contains("没有编号为 YH-2020-01-0001 的隐患");
        assertThat(out).doesNotExist();
    }
}
