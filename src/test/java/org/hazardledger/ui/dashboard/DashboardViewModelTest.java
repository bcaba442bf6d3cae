package org.hazardledger.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.Dashboard.AgeBand;
import org.hazardledger.model.Dashboard.ComplianceCell;
import org.hazardledger.model.Dashboard.MonthPoint;
import org.hazardledger.model.Dashboard.Participation;
import org.hazardledger.model.Dashboard.Share;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.dashboard.DashboardViewModel.PeriodKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's state without a screen: what each filter asks the statistics for, that an answer
 * to an older request never overwrites a newer one, how a failure shows, and the tables behind the
 * charts. The figures come from a stand-in source, so these tests do not depend on the statistics.
 */
class DashboardViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private final List<DashboardFilter> asked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private DashboardViewModel recording(TaskExecutor tasks) throws Exception {
        return ui.onFx(() -> new DashboardViewModel(ui.services, Debouncer.immediate(), tasks, f -> {
            asked.add(f);
            return figures(f, asked.size());
        }));
    }

    @Test
    void eachFilterChangeAsksForItsOwnFigures() throws Exception {
        DashboardViewModel vm = recording(ui.tasks);
        ui.fx(vm::start);
        assertThat(asked).containsExactly(new DashboardFilter(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                null, null, null));
        assertThat(vm.units()).extracting(c -> c.value()).contains(null, e.plant().id(), e.workshop().id(),
                e.team().id());
        assertThat(vm.categories().size()).isGreaterThan(1);

        ui.fx(() -> vm.selectPeriod(PeriodKind.YEAR));
        assertThat(asked.get(asked.size() - 1)).isEqualTo(DashboardFilter.period(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));

        ui.fx(() -> vm.quarterProperty().set(vm.quarters().get(1)));
        ui.fx(() -> vm.selectPeriod(PeriodKind.QUARTER));
        assertThat(asked.get(asked.size() - 1)).isEqualTo(DashboardFilter.period(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31)));

        ui.fx(() -> vm.selectUnit(e.workshop().id()));
        ui.fx(() -> vm.tierProperty().set(vm.tiers().stream().filter(c -> c.value() == Tier.TEAM).findFirst()
                .orElseThrow()));
        ui.fx(() -> vm.categoryProperty().set(vm.categories().get(1)));
        assertThat(asked.get(asked.size() - 1)).isEqualTo(new DashboardFilter(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), e.workshop().id(), Tier.TEAM, vm.categories().get(1).value()));
        assertThat(vm.requestedProperty().get()).isEqualTo(asked.get(asked.size() - 1));
        assertThat(vm.dashboardProperty().get().filter()).isEqualTo(asked.get(asked.size() - 1));
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void aBackwardsCustomPeriodIsExplainedAndNotAsked() throws Exception {
        DashboardViewModel vm = recording(ui.tasks);
        ui.fx(vm::start);
        ui.fx(() -> {
            vm.selectPeriod(PeriodKind.CUSTOM);
            vm.customFromProperty().set(LocalDate.of(2026, 5, 1));
        });
        int before = asked.size();
        ui.fx(() -> vm.customToProperty().set(LocalDate.of(2026, 4, 1)));
        assertThat(vm.errorProperty().get()).isEqualTo("统计期间无效：2026-05-01 至 2026-04-01（须有起止日期，且结束日期不早于开始日期）");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(asked).as("nothing asked for a backwards period").hasSize(before);

        ui.fx(() -> vm.customToProperty().set(LocalDate.of(2026, 5, 31)));
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(asked.get(asked.size() - 1)).isEqualTo(DashboardFilter.period(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31)));
    }

    @Test
    void anAnswerToAnOlderRequestIsDropped() throws Exception {
        HeldTasks held = new HeldTasks();
        DashboardViewModel vm = recording(held);
        OnFx.run(vm::start);
        held.runNext();
        OnFx.drain();
        assertThat(held.waiting()).as("the first request").hasSize(1);
        OnFx.run(() -> vm.selectUnit(e.workshop().id()));
        assertThat(held.waiting()).as("a second request while the first is still out").hasSize(2);
        assertThat(vm.loadingProperty().get()).isTrue();

        // the newer answer comes first; the older one, arriving late, is dropped
        held.run(1);
        OnFx.drain();
        assertThat(vm.dashboardProperty().get().filter().unitId()).isEqualTo(e.workshop().id());
        assertThat(vm.loadingProperty().get()).isFalse();
        held.run(0);
        OnFx.drain();
        assertThat(vm.dashboardProperty().get().filter().unitId()).isEqualTo(e.workshop().id());

        // and the other way round: an older answer arriving first does not show either
        OnFx.run(() -> vm.selectUnit(e.team().id()));
        OnFx.run(() -> vm.selectUnit(e.plant().id()));
        held.runNext();
        OnFx.drain();
        assertThat(vm.dashboardProperty().get().filter().unitId()).isEqualTo(e.workshop().id());
        assertThat(vm.loadingProperty().get()).isTrue();
        held.runNext();
        OnFx.drain();
        assertThat(vm.dashboardProperty().get().filter().unitId()).isEqualTo(e.plant().id());
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailureIsShownInWordsAndTheLastFiguresStay() throws Exception {
        boolean[] fail = {false};
        DashboardViewModel vm = ui.onFx(() -> new DashboardViewModel(ui.services, Debouncer.immediate(), ui.tasks,
                f -> {
                    if (fail[0]) {
                        throw new IllegalStateException("disk gone");
                    }
                    return figures(f, 1);
                }));
        ui.fx(vm::start);
        Dashboard first = vm.dashboardProperty().get();
        fail[0] = true;
        ui.fx(() -> vm.selectPeriod(PeriodKind.YEAR));
        assertThat(vm.errorProperty().get()).startsWith("统计数据读取失败：");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.dashboardProperty().get()).isSameAs(first);
        fail[0] = false;
        ui.fx(vm::load);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void theTablesAndKeyFiguresFollowTheFigures() throws Exception {
        DashboardViewModel vm = recording(ui.tasks);
        ui.fx(vm::start);

        assertThat(vm.foundProperty().get()).isEqualTo("30");
        assertThat(vm.closedProperty().get()).isEqualTo("12");
        // of the 30 found, 9 struck off by the end: the printed table's rate, not closed ÷ found
        assertThat(vm.rectificationRateProperty().get()).isEqualTo("30.0%");
        assertThat(vm.openProperty().get()).isEqualTo("25");
        assertThat(vm.overdueProperty().get()).isEqualTo("5");
        assertThat(vm.participationRateProperty().get()).isEqualTo("12.5%");
        assertThat(vm.participationCaptionProperty().get()).isEqualTo("职工参与率（25/200人）");

        DataTable trend = vm.trend();
        assertThat(trend.columns()).containsExactly("月份", "发现", "整改完成", "销号", "月末未销号", "月末逾期");
        assertThat(trend.rows()).extracting(DataTable.Row::label).containsExactly("2026-04", "2026-05", "2026-06");
        assertThat(trend.rows().get(0).values()).containsExactly(10, 6, 4, 20, 2);

        DataTable tiers = vm.byTier();
        assertThat(tiers.rows()).extracting(DataTable.Row::label).containsExactly("岗位", "班组");
        DataTable units = vm.byUnit();
        assertThat(units.rows()).extracting(DataTable.Row::label).containsExactly("合成车间");
        assertThat(units.rows().get(0).values()).containsExactly(30, 12, 25, 5);

        assertThat(vm.openClosed().rows()).extracting(r -> r.values().get(0)).containsExactly(25, 12);
        assertThat(vm.ageing().rows()).extracting(DataTable.Row::label).containsExactly("1–30天", "31天以上");

        HeatMap map = vm.heatMap();
        assertThat(map.months()).hasSize(3);
        assertThat(map.units()).hasSize(1);
        assertThat(map.units().get(0).cells()).extracting(HeatMap.Cell::text)
                .containsExactly("75.0%", "100.0%", "—");
        assertThat(map.units().get(0).cells()).extracting(HeatMap.Cell::level)
                .containsExactly(HeatMap.Level.MEDIUM, HeatMap.Level.FULL, HeatMap.Level.NONE);
        DataTable compliance = vm.compliance();
        assertThat(DataTable.text(compliance.rows().get(0), 4)).isEqualTo("75.0");
    }

    @Test
    void aMonthWithNothingDueShowsNoRateInTheTable() throws Exception {
        UUID unit = UUID.randomUUID();
        DashboardViewModel vm = ui.onFx(() -> new DashboardViewModel(ui.services, Debouncer.immediate(), ui.tasks,
                f -> new Dashboard(f, TODAY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, 0,
                        List.of(), List.of(new ComplianceCell(unit, "合成车间", Tier.WORKSHOP, YearMonth.of(2026, 6),
                                0, 0)), new Participation(0, 0))));
        ui.fx(vm::start);
        DataTable compliance = vm.compliance();
        assertThat(compliance.rows()).singleElement()
                .satisfies(r -> assertThat(DataTable.text(r, 4)).isEqualTo("—"));
    }

    @Test
    void nothingFoundShowsNoRate() throws Exception {
        DashboardViewModel vm = ui.onFx(() -> new DashboardViewModel(ui.services, Debouncer.immediate(), ui.tasks,
                f -> new Dashboard(f, TODAY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, 0,
                        List.of(), List.of(), new Participation(0, 0))));
        ui.fx(vm::start);
        assertThat(vm.foundProperty().get()).isEqualTo("0");
        assertThat(vm.rectificationRateProperty().get()).isEqualTo("—");
        assertThat(vm.participationRateProperty().get()).startsWith("—");
        assertThat(vm.heatMap().units()).isEmpty();
    }

    /** Figures that tell requests apart: {@code n} is how many requests came before, itself included. */
    static Dashboard figures(DashboardFilter f, int n) {
        UUID unit = UUID.nameUUIDFromBytes("合成车间".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Dashboard(f, TODAY,
                List.of(new MonthPoint(YearMonth.of(2026, 4), 10, 6, 4, 20, 2),
                        new MonthPoint(YearMonth.of(2026, 5), 12, 5, 5, 24, 3),
                        new MonthPoint(YearMonth.of(2026, 6), 8, 2, 3, 25, 5)),
                List.of(new Share("POST", "tier.POST", null, 10, 4, 8, 1),
                        new Share("TEAM", "tier.TEAM", null, 20, 8, 17, 4)),
                List.of(new Share("EQUIPMENT_DEFECT", null, "设备缺陷", 30, 12, 25, 5)),
                List.of(new Share(unit.toString(), null, "合成车间", 30, 12, 25, 5)),
                List.of(), List.of(), 25, 12, 9,
                List.of(new AgeBand(1, 30, 4), new AgeBand(31, null, 1)),
                List.of(new ComplianceCell(unit, "合成车间", Tier.WORKSHOP, YearMonth.of(2026, 4), 4, 3),
                        new ComplianceCell(unit, "合成车间", Tier.WORKSHOP, YearMonth.of(2026, 5), 4, 4)),
                new Participation(200, 25));
    }

    /** Keeps the Tasks until the test runs them, in the order it chooses, on the FX thread. */
    private static final class HeldTasks implements TaskExecutor {

        private final List<Task<?>> waiting = new ArrayList<>();

        @Override
        public synchronized <T> void execute(Task<T> task) {
            waiting.add(task);
        }

        synchronized List<Task<?>> waiting() {
            return List.copyOf(waiting);
        }

        void runNext() throws Exception {
            run(0);
        }

        void run(int index) throws Exception {
            Task<?> task;
            synchronized (this) {
                task = waiting.remove(index);
            }
            OnFx.run(task::run);
        }

        @Override
        public void shutdown() {
            // nothing runs
        }
    }
}
