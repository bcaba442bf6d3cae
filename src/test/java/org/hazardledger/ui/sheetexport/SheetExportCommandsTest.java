package org.hazardledger.ui.sheetexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.dashboard.DashboardViewModel;
import org.hazardledger.ui.ledger.LedgerViewModel;
import org.hazardledger.ui.rewards.RewardsViewModel;
import org.hazardledger.ui.rounds.RoundsViewModel;
import org.hazardledger.ui.sheetimport.TestSheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 导出 Excel on the ledger, the compliance calendar, the statistics and the rewards, without a window:
 * the save chooser offers a Chinese name with the date, the file is a workbook POI reads, and its first
 * row is the title with the enterprise.
 */
class SheetExportCommandsTest {

    private static final String ENTERPRISE = "测试化工有限公司";

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir.resolve("ledger"));
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private static void assertTitled(List<List<String>> sheet) {
        assertThat(sheet).isNotEmpty();
        assertThat(String.join(" ", sheet.get(0))).contains(ENTERPRISE);
    }

    private static long rowsContaining(List<List<String>> sheet, String text) {
        return sheet.stream().filter(r -> r.stream().anyMatch(c -> c.contains(text))).count();
    }

    @Test
    void theLedgerExportsExactlyItsFilterWithTheFilterInWords() throws Exception {
        for (int i = 0; i < 5; i++) {
            ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(i));
        }
        var unassigned = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(9)));
        LedgerViewModel vm = ui.onFx(() -> new LedgerViewModel(ui.services, Debouncer.immediate()));
        ui.fx(vm::start);
        // only the hazard still waiting for its rectification to be assigned
        var waiting = vm.filter().statusChoices().stream()
                .filter(c -> java.util.Set.of(unassigned.status()).equals(c.value())).findFirst().orElseThrow();
        ui.fx(() -> vm.filter().statusProperty().set(waiting));
        HazardQuery shown = vm.currentQuery();
        int expected = ui.ledger.hazards.count(shown);
        assertThat(expected).isEqualTo(1);
        assertThat(vm.rows()).hasSize(1);

        ui.dialogs.answerSaveWith(dir.resolve("台账"));
        ui.fx(() -> assertThat(vm.exportExcel()).isTrue());
        assertThat(ui.dialogs.suggestedNames).containsExactly("隐患台账-2026-06-15.xlsx");
        Path file = dir.resolve("台账.xlsx");
        assertThat(vm.excel().errorProperty().get()).isEmpty();
        assertThat(vm.excel().writtenProperty().get()).isEqualTo(file);
        assertThat(vm.excel().statusProperty().get()).contains(file.toAbsolutePath().toString());
        List<List<String>> sheet = TestSheets.read(file).get(0);
        assertTitled(sheet);
        assertThat(rowsContaining(sheet, vm.filter().describe())).as("the filter line").isPositive();
        assertThat(vm.filter().describe()).isEqualTo("状态：" + waiting.label());
        assertThat(rowsContaining(sheet, "YH-2026-")).isEqualTo(expected);
    }

    @Test
    void theFilterInWordsNamesEachFilterSet() throws Exception {
        LedgerViewModel vm = ui.onFx(() -> new LedgerViewModel(ui.services, Debouncer.immediate()));
        assertThat(vm.filter().describe()).isEqualTo("全部隐患");
        ui.fx(() -> {
            vm.filter().gradeProperty().set(vm.filter().gradeChoices().get(1));
            vm.filter().overdueOnlyProperty().set(true);
            vm.filter().searchTextProperty().set("进料阀");
        });
        assertThat(vm.filter().describe()).isEqualTo("等级：" + vm.filter().gradeChoices().get(1).label()
                + "；仅超期；搜索：“进料阀”");
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        for (int i = 0; i < 30; i++) {
            ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(i % 20)));
        }
        LedgerViewModel vm = ui.onFx(() -> new LedgerViewModel(ui.services, Debouncer.immediate()));
        ui.fx(vm::start);
        ui.fx(() -> vm.excel().progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && vm.excel().busyProperty().get()) {
                vm.excel().cancel();
            }
        }));
        ui.dialogs.answerSaveWith(dir.resolve("取消.xlsx"));
        ui.fx(vm::exportExcel);
        assertThat(vm.excel().statusProperty().get()).isEqualTo(ui.messages.get("sheetExport.cancelled"));
        assertThat(vm.excel().busyProperty().get()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ledger");
        }
    }

    @Test
    void theComplianceCalendarOfTheUnitAndYearShown() throws Exception {
        RoundsViewModel page = ui.onFx(() -> new RoundsViewModel(ui.services));
        ui.fx(page::start);
        ui.dialogs.answerSaveWith(dir.resolve("日历.xlsx"));
        ui.fx(() -> assertThat(page.calendar().exportExcel()).isTrue());
        assertThat(ui.dialogs.suggestedNames).containsExactly("巡查合规日历-2026-06-15.xlsx");
        assertThat(page.calendar().excel().errorProperty().get()).isEmpty();
        List<List<String>> sheet = TestSheets.read(dir.resolve("日历.xlsx")).get(0);
        assertTitled(sheet);
        assertThat(rowsContaining(sheet, "2026")).isPositive();
    }

    @Test
    void theStatisticsOfTheQuarterShownAndNoneForACustomPeriod() throws Exception {
        ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
        DashboardViewModel vm = ui.onFx(() -> new DashboardViewModel(ui.services, Debouncer.immediate()));
        ui.fx(vm::start);
        ui.dialogs.answerSaveWith(dir.resolve("统计.xlsx"));
        ui.fx(() -> assertThat(vm.exportExcel()).isTrue());
        assertThat(ui.dialogs.suggestedNames).containsExactly("隐患排查治理统计分析-2026-Q2.xlsx");
        assertThat(vm.excel().errorProperty().get()).isEmpty();
        List<List<List<String>>> sheets = TestSheets.read(dir.resolve("统计.xlsx"));
        assertThat(sheets).isNotEmpty();
        sheets.forEach(SheetExportCommandsTest::assertTitled);

        ui.fx(() -> vm.periodKindProperty().set(vm.periodKinds().stream()
                .filter(c -> c.value() == DashboardViewModel.PeriodKind.CUSTOM).findFirst().orElseThrow()));
        assertThat(vm.periodExportableProperty().get()).isFalse();
        ui.fx(() -> assertThat(vm.exportExcel()).isFalse());
        assertThat(vm.errorProperty().get()).isEqualTo(ui.messages.get("sheetExport.statistics.customPeriod"));
    }

    @Test
    void theRewardListOfTheYear() throws Exception {
        RewardsViewModel vm = ui.onFx(() -> new RewardsViewModel(ui.services));
        ui.fx(vm::load);
        ui.dialogs.answerSaveWith(dir.resolve("奖励.xlsx"));
        ui.fx(() -> assertThat(vm.exportExcel()).isTrue());
        assertThat(ui.dialogs.suggestedNames).containsExactly("奖励台账-2026.xlsx");
        assertThat(vm.excel().errorProperty().get()).isEmpty();
        assertTitled(TestSheets.read(dir.resolve("奖励.xlsx")).get(0));
    }

    @Test
    void theImportTemplateIsAWorkbookWithTheLedgerColumns() throws Exception {
        org.hazardledger.ui.sheetimport.ImportTemplateDownload download =
                ui.onFx(() -> new org.hazardledger.ui.sheetimport.ImportTemplateDownload(ui.services));
        ui.dialogs.answerSaveWith(dir.resolve("模板.xlsx"));
        ui.fx(() -> assertThat(download.download()).isTrue());
        assertThat(ui.dialogs.suggestedNames).containsExactly("隐患台账导入模板.xlsx");
        assertThat(ui.dialogs.informations()).hasSize(1);
        List<List<String>> sheet = TestSheets.read(dir.resolve("模板.xlsx")).get(0);
        assertThat(rowsContaining(sheet, ui.messages.label(org.hazardledger.model.LedgerField.DESCRIPTION)))
                .isPositive();
    }
}
