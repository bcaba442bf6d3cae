package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print union --record GH-yyyy-nnnn --out F.pdf}: the union record's form, titled by its kind. */
class PrintUnionCommandTest {

    @TempDir
    Path dir;
    CliHarness cli;
    String hazardNumber;

    @BeforeEach
    void aProposalAndAnEvacuationOnOneHazard() {
        cli = new CliHarness(dir);
        try (LedgerFixture f = new LedgerFixture(Path.of(cli.data()))) {
            LedgerFixture.SmallEnterprise e = f.initialiseSmall();
            Hazard valve = f.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            hazardNumber = valve.number().toString();
            f.signIn("赵工会", AccountRole.UNION_MEMBER, e.workshop());
            f.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL, List.of(hazardNumber),
                    LedgerFixture.TODAY, LedgerFixture.TODAY, "进料阀渗漏，积液未清理", "立即更换垫片并清理积液"));
            f.union.issue(new UnionRecordDraft(UnionRecordKind.EVACUATION, List.of(hazardNumber),
                    LedgerFixture.TODAY, LedgerFixture.TODAY, "反应釜区域可燃气体报警", "立即撤出反应釜区域全部人员"));
        }
    }

    @Test
    void writesTheProposalAndTheEvacuationRecommendation() throws IOException {
        Path proposal = dir.resolve("out").resolve("proposal.pdf");
        assertThat(cli.run("print", "union", "--data", cli.data(), "--record", "GH-2026-0001", "--out",
                proposal.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains(proposal.toAbsolutePath().toString());
        String text = PdfChecks.compactText(Files.readAllBytes(proposal));
        assertThat(text).contains("工会劳动保护监督检查整改建议书", "编号：GH-2026-0001", hazardNumber, "合成车间分会");

        Path evacuation = dir.resolve("out").resolve("evacuation.pdf");
        assertThat(cli.run("print", "union", "--data", cli.data(), "--record", " GH-2026-0002 ", "--out",
                evacuation.toString())).as(cli.err.toString()).isZero();
        assertThat(PdfChecks.compactText(Files.readAllBytes(evacuation)))
                .contains("撤离建议书", "编号：GH-2026-0002", "立即撤出反应釜区域全部人员");
    }

    @Test
    void anUnknownRecordIsRefusedInBothLanguagesAndNothingIsWritten() {
        Path out = dir.resolve("x.pdf");
        assertThat(cli.run("print", "union", "--data", cli.data(), "--record", "GH-2026-0042", "--out",
                out.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有编号为 GH-2026-0042 的工会建议")
                .contains("There is no union record numbered GH-2026-0042");
        assertThat(out).doesNotExist();
        assertThat(cli.run("print", "union", "--data", cli.data(), "--out", out.toString())).isEqualTo(2);
    }
}
