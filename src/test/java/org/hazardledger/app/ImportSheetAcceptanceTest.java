package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.sheet.TestSheets;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheets people bring, through {@code import-sheet} as a clerk runs it: what imports, what is
 * refused with a clear reason in both languages, and a ledger left exactly as it was whenever nothing
 * was imported (its hazards and its audit trail).
 */
class ImportSheetAcceptanceTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void aSmallLedgerWithOneHazard() {
        cli = new CliHarness(dir);
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAndTheLedgerIsUnchanged() {
        Path file = TestSheets.encryptedXlsx(dir.resolve("加密台账.xlsx"), TestSheets.typicalLedger(), "secret");
        assertRefusedUnchanged(file, "密码", "password");
    }

    @Test
    void aCorruptWorkbookIsRefusedAndTheLedgerIsUnchanged() {
        Path whole = TestSheets.typicalLedger().xlsx(dir.resolve("whole.xlsx"));
        Path file = TestSheets.truncated(whole, dir.resolve("损坏台账.xlsx"), 700);
        assertRefusedUnchanged(file, "损坏台账.xlsx");
    }

    @Test
    void aSheetWithoutCategoriesNeedsOneForItsRowsAndBadRowsStopTheWholeImport() {
        Path file = TestSheets.typicalLedger().xlsx(dir.resolve("台账.xlsx"));
        Snapshot before = snapshot();

        assertThat(cli.run("import-sheet", file.toString(), "--data", cli.data())).isEqualTo(1);
        assertThat(cli.out.toString()).contains("隐患类别", "没有导入任何隐患");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyTheValidRowsWhenAskedAndTheOthersListedByRow() {
        Path file = TestSheets.typicalLedger().xlsx(dir.resolve("台账.xlsx"));
        Snapshot before = snapshot();

        assertThat(cli.run("import-sheet", file.toString(), "--data", cli.data(), "--mode", "valid",
                "--category", "设备设施缺陷")).as(cli.out + "\n" + cli.err).isZero();

        // row 3 says 已整改 with no date it was closed; row 5 is major without saying why (both listed)
        String out = cli.out.toString();
        assertThat(out).contains("已导入 1 条隐患", "第 3 行", "第 5 行").doesNotContain("第 4 行");
        Snapshot after = snapshot();
        assertThat(after.hazards()).isEqualTo(before.hazards() + 1);
        assertThat(after.auditIntact()).isTrue();
    }

    @Test
    void aGbkCsvWithBlankAndJunkRowsImportsItsHazards() {
        Path file = dir.resolve("台账.csv");
        TestSheets.csv(file, TestSheets.gbk(), false, java.util.List.of(
                java.util.List.of("排查时间", "所在单位", "隐患部位", "隐患描述", "隐患类别", "隐患等级"),
                java.util.List.of("2026-06-01", "一厂", "配电室", "配电柜门未关闭上锁", "电气安全", "一般隐患"),
                java.util.List.of(),
                java.util.List.of("2026/6/2", "一厂", "仓库", "灭火器压力不足", "消防安全", "一般"),
                java.util.List.of("合计", "2 项"),
                java.util.List.of("制表人：张三    审核：李四")));
        Snapshot before = snapshot();

        assertThat(cli.run("import-sheet", file.toString(), "--data", cli.data())).as(cli.out + "\n" + cli.err)
                .isZero();

        assertThat(cli.out.toString()).contains("已导入 2 条隐患");
        assertThat(snapshot().hazards()).isEqualTo(before.hazards() + 2);
    }

    private void assertRefusedUnchanged(Path file, String... inTheMessage) {
        Snapshot before = snapshot();
        assertThat(cli.run("import-sheet", file.toString(), "--data", cli.data())).isEqualTo(1);
        assertThat(cli.err.toString()).contains(inTheMessage);
        assertThat(snapshot()).isEqualTo(before);
    }

    private Snapshot snapshot() {
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            var audit = ledger.audit.verify();
            return new Snapshot(ledger.sheets.count(HazardQuery.ALL), audit.entriesChecked(), audit.isIntact());
        }
    }

    private record Snapshot(int hazards, long auditEntries, boolean auditIntact) {
    }
}
