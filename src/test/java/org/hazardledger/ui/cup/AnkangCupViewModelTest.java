package org.hazardledger.ui.cup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.CupStanding;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 安康杯 tab without a screen: opening a period, the weights editor, scoring, the ranking, CSV. */
class AnkangCupViewModelTest {

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

    private AnkangCupViewModel page() throws Exception {
        AnkangCupViewModel vm = ui.onFx(() -> new AnkangCupViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    @Test
    void openingThePeriodOfTheYearShowsTheDefaultCriteriaAndTheWorkshops() throws Exception {
        AnkangCupViewModel vm = page();
        assertThat(vm.mayManageProperty().get()).isTrue();
        assertThat(vm.competitions()).isEmpty();
        assertThat(vm.newNameProperty().get()).isEqualTo("2026年度“安康杯”竞赛");
        ui.fx(vm::openCompetition);
        assertThat(vm.messageProperty().get()).isEqualTo("已开启 2026 期间的“安康杯”竞赛。");
        assertThat(vm.selectedProperty().get().period()).isEqualTo(CupPeriod.year(2026));
        assertThat(vm.criteria()).hasSize(6);
        assertThat(vm.weightSumProperty().get()).isEqualTo("权重合计 100 / 100");
        assertThat(vm.standings()).extracting(s -> s.unit().code()).containsExactly("P1-W1");
        assertThat(vm.units()).filteredOn(u -> u.takingProperty().get()).extracting(u -> u.unit().code())
                .containsExactly("P1-W1");

        ui.fx(vm::openCompetition);
        assertThat(vm.messageProperty().get()).isEqualTo("2026 期间的竞赛已经存在。");
    }

    @Test
    void weightsNotAddingUpToOneHundredAreShownAtTheEditorAndNotSaved() throws Exception {
        CupCompetition c = ui.ledger.campaign.ankangCup().open(CupPeriod.year(2026), "2026年度安康杯");
        AnkangCupViewModel vm = page();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(c.id());
        ui.fx(() -> vm.criteria().get(0).weightProperty().set("20"));
        assertThat(vm.weightSumProperty().get()).isEqualTo("权重合计 95 / 100");
        ui.fx(vm::saveCriteria);
        assertThat(vm.criteriaErrorProperty().get()).isEqualTo("各项评比标准的权重合计为 95，须恰好为 100。");
        ui.fx(() -> vm.criteria().get(0).weightProperty().set("二十"));
        ui.fx(vm::saveCriteria);
        assertThat(vm.criteriaErrorProperty().get()).isEqualTo("评比标准“隐患排查治理与整改率”的权重须为整数。");
        assertThat(ui.ledger.campaign.ankangCup().board(c.id()).criteria().get(0).weight()).isEqualTo(25);

        ui.fx(() -> {
            vm.criteria().get(0).weightProperty().set("20");
            vm.criteria().get(1).weightProperty().set("20");
        });
        ui.fx(vm::saveCriteria);
        assertThat(vm.criteriaErrorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("评比标准已保存。");
        assertThat(ui.ledger.campaign.ankangCup().board(c.id()).criteria().get(0).weight()).isEqualTo(20);
    }

    @Test
    void scoresFromTheGridAreCheckedAndTheRankingFollows() throws Exception {
        ui.ledger.campaign.ankangCup().open(CupPeriod.year(2026), "2026年度安康杯");
        AnkangCupViewModel vm = page();
        CupStanding w1 = vm.standings().get(0);
        ui.fx(() -> vm.score(w1, "RECTIFY", "120"));
        assertThat(vm.messageProperty().get()).isEqualTo("得分“120”无效：须为 0–100 之间的数，最多一位小数。");
        ui.fx(() -> vm.score(w1, "RECTIFY", "abc"));
        assertThat(vm.messageProperty().get()).isEqualTo("得分“abc”无效：须为 0–100 之间的数，最多一位小数。");
        ui.fx(() -> vm.score(w1, "RECTIFY", "80"));
        assertThat(vm.messageProperty().get()).isEqualTo("已保存 合成车间 的得分。");
        CupStanding after = vm.standings().get(0);
        assertThat(vm.scoreText(after, "RECTIFY")).isEqualTo("80.0");
        assertThat(vm.totalText(after)).isEqualTo("20.00（已评 1/6 项）");
        assertThat(vm.history()).singleElement().satisfies(h -> assertThat(h.total()).isEqualByComparingTo("20"));
        assertThat(ui.ledger.campaign.ankangCup().board(vm.selectedProperty().get().id()).standings().get(0)
                .scores().get("RECTIFY")).isEqualByComparingTo(new BigDecimal("80"));
    }

    @Test
    void untickingAScoredUnitAsksFirstAndTheTableGoesOutAsCsv() throws Exception {
        ui.ledger.campaign.ankangCup().open(CupPeriod.year(2026), "2026年度安康杯");
        AnkangCupViewModel vm = page();
        ui.fx(() -> vm.score(vm.standings().get(0), "DRILL", "90"));
        ui.fx(() -> vm.units().forEach(u -> u.takingProperty().set(u.unit().code().equals("P1"))));
        assertThat(vm.savingUnitsDropsScores()).isTrue();
        ui.fx(vm::saveUnits);
        assertThat(vm.standings()).extracting(s -> s.unit().code()).containsExactly("P1");

        Path csv = dir.resolve("ranking.csv");
        ui.dialogs.answerSaveWith(csv);
        ui.fx(() -> vm.exportCsv(List.of(List.of("名次", "单位"), List.of("1", "一厂")), "安康杯排名.csv"));
        assertThat(Files.readString(csv)).contains("一厂");
        assertThat(vm.messageProperty().get()).isEqualTo("已导出到 ranking.csv。");
    }

    @Test
    void aUnitHeadSeesButMayNotManage() throws Exception {
        ui.ledger.signIn("车间主任 (zhuren)", org.hazardledger.model.AccountRole.UNIT_HEAD, e.workshop());
        AnkangCupViewModel vm = page();
        assertThat(vm.mayManageProperty().get()).isFalse();
    }

    @Test
    void theViewBuildsAndReadsOnStart() throws Exception {
        ui.ledger.campaign.ankangCup().open(CupPeriod.year(2026), "2026年度安康杯");
        AnkangCupView view = ui.onFx(() -> new AnkangCupView(ui.services));
        ui.fx(view::start);
        assertThat(view.getId()).isEqualTo("cup-view");
        assertThat(view.viewModel().standings()).hasSize(1);
        assertThat(view.viewModel().criteria()).hasSize(6);
    }
}
