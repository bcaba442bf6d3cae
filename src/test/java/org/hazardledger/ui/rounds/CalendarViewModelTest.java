package org.hazardledger.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.testing.LedgerFixture.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.UnitOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance calendar's month view, year heat-map and round-rule editor, without a screen. */
class CalendarViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private RoundsViewModel page;
    private CalendarViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() throws Exception {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
        page = ui.onFx(() -> new RoundsViewModel(ui.services));
        ui.fx(page::start);
        vm = page.calendar();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private UnitOption unit(java.util.UUID id) {
        return page.context().unit(id);
    }

    private void recordAllOk(java.util.UUID unitId, LocalDate day, java.util.UUID inspector) {
        ui.services.rounds().record(RoundDraft.allOk(unitId, day, List.of(inspector),
                ui.services.rounds().checklistFor(unitId)));
    }

    @Test
    void theMonthOfADailyTeamShowsTodayDueAndThenDoneWithTheCounts() throws Exception {
        assertThat(vm.unitProperty().get().id()).as("the first team").isEqualTo(e.team().id());
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(vm.monthCells()).hasSize(30);
        assertThat(vm.leadingBlanksProperty().get()).as("1 June 2026 is a Monday").isZero();
        assertThat(vm.cellOf(TODAY).state()).isEqualTo(ComplianceState.DUE);
        assertThat(vm.cellOf(TODAY.plusDays(1)).state()).isEqualTo(ComplianceState.UPCOMING);
        assertThat(vm.cellOf(TODAY).text()).contains("2026-06-15").contains(ui.messages.label(ComplianceState.DUE));
        assertThat(vm.tierTextProperty().get()).isEqualTo("班组 · 每天");
        assertThat(vm.summaryProperty().get()).endsWith("待检查 1");

        recordAllOk(e.team().id(), TODAY, e.leader().id());
        ui.fx(vm::load);

        assertThat(vm.cellOf(TODAY).state()).isEqualTo(ComplianceState.DONE);
        assertThat(vm.cellOf(TODAY).roundsHeld()).isEqualTo(1);
        assertThat(vm.summaryProperty().get()).isEqualTo("本月：已检查 1 · 漏检 0 · 待检查 0");
        assertThat(vm.countProperty(ComplianceState.DONE).get()).isEqualTo(1);
        assertThat(vm.countProperty(ComplianceState.UPCOMING).get()).isEqualTo(15);
    }

    @Test
    void theYearHeatMapHasEveryDayAndMovesByYear() throws Exception {
        assertThat(vm.yearCells()).hasSize(365);
        assertThat(vm.yearCells().get(0).day()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(vm.cellOf(LocalDate.of(2026, 12, 31)).state()).isEqualTo(ComplianceState.UPCOMING);
        assertThat(vm.yearSummaryProperty().get()).startsWith("2026 年");

        ui.fx(() -> vm.moveYear(1));
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2027, 6));
        assertThat(vm.yearCells()).hasSize(365);
        assertThat(vm.yearText()).isEqualTo("2027 年");
        ui.fx(() -> vm.moveMonth(-18));
        assertThat(vm.monthText()).isEqualTo("2025 年 12 月");
        assertThat(vm.monthCells()).hasSize(31);
        assertThat(vm.leadingBlanksProperty().get()).as("1 December 2025 is a Monday").isZero();
        ui.fx(vm::thisMonth);
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 6));
    }

    @Test
    void aWeeklyWorkshopColoursTheWholeWeekAndMarksItsEnds() throws Exception {
        ui.fx(() -> vm.unitProperty().set(unit(e.workshop().id())));
        DayCell monday = vm.cellOf(TODAY);
        DayCell sunday = vm.cellOf(TODAY.plusDays(6));
        assertThat(monday.state()).isEqualTo(ComplianceState.DUE);
        assertThat(sunday.state()).isEqualTo(ComplianceState.DUE);
        assertThat(monday.periodStart()).isTrue();
        assertThat(sunday.periodEnd()).isTrue();
        assertThat(vm.cellOf(TODAY.plusDays(2)).periodStart()).isFalse();
        assertThat(monday.text()).contains("本期 2026-06-15 至 2026-06-21");

        recordAllOk(e.workshop().id(), TODAY, e.director().id());
        ui.fx(vm::load);
        assertThat(vm.cellOf(TODAY.plusDays(6)).state()).as("the whole week is done").isEqualTo(ComplianceState.DONE);
    }

    @Test
    void theRuleEditorRefusesAtItsFieldsAndASavedRotaFreesTheDaysOff() throws Exception {
        RoundRuleViewModel rule = vm.rule();
        assertThat(rule.editableProperty().get()).as("a clerk").isTrue();
        assertThat(rule.frequencyProperty().get().value()).isEqualTo(InspectionFrequency.DAILY);
        assertThat(rule.patternProperty().get()).isEqualTo("1");

        ui.fx(() -> rule.frequencyProperty().set(rule.frequencies().get(InspectionFrequency.WEEKLY.ordinal())));
        ui.fx(() -> rule.patternProperty().set("11x0"));
        ui.fx(rule::save);
        assertThat(rule.errorProperty(RoundRuleViewModel.FREQUENCY).get()).isNotEmpty();
        assertThat(rule.errorProperty(RoundRuleViewModel.PATTERN).get()).isNotEmpty();

        ui.fx(() -> rule.frequencyProperty().set(rule.frequencies().get(InspectionFrequency.DAILY.ordinal())));
        ui.fx(() -> rule.patternProperty().set("11110000"));
        ui.fx(rule::save);
        assertThat(rule.errorProperty(RoundRuleViewModel.FREQUENCY).get()).isEmpty();
        assertThat(rule.errorProperty(RoundRuleViewModel.ANCHOR).get()).isEqualTo("请填写轮班表从哪一天开始。");

        // on duty 15–18 June, off 19–22
        ui.fx(() -> rule.anchorProperty().set(TODAY));
        ui.fx(rule::save);
        assertThat(rule.messageProperty().get()).contains("甲班");
        assertThat(ui.services.rounds().rule(e.team().id()).rota().pattern()).isEqualTo("11110000");
        assertThat(vm.cellOf(TODAY.plusDays(3)).state()).isEqualTo(ComplianceState.UPCOMING);
        assertThat(vm.cellOf(TODAY.plusDays(4)).state()).isEqualTo(ComplianceState.NOT_REQUIRED);
    }

    @Test
    void aUnitHeadMayReadTheRuleButNotChangeIt() throws Exception {
        ui.ledger.signIn("班组长", org.hazardledger.model.AccountRole.UNIT_HEAD, e.team());
        ui.fx(() -> vm.rule().show(unit(e.team().id())));
        assertThat(vm.rule().editableProperty().get()).isFalse();
        ui.fx(() -> vm.rule().patternProperty().set("10"));
        ui.fx(vm.rule()::save);
        assertThat(ui.services.rounds().rule(e.team().id()).rota().everyDay()).isTrue();
    }
}
