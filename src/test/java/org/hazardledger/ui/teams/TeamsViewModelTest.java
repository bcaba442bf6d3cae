package org.hazardledger.ui.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 标准化班组 tab without a screen: running totals, saving, refusals, history and the teams still short. */
class TeamsViewModelTest {

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
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private TeamsViewModel page() throws Exception {
        TeamsViewModel vm = ui.onFx(() -> new TeamsViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    private TeamsViewModel.ItemEntry item(TeamsViewModel vm, String code) {
        return vm.items().stream().filter(i -> i.item().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theEditorKeepsARunningTotalAndSavesAFailingAssessment() throws Exception {
        TeamsViewModel vm = page();
        assertThat(vm.items()).hasSize(28);
        assertThat(vm.rows()).extracting(r -> r.team().code()).containsExactly("P1-W1-T1");
        assertThat(vm.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(TeamShortfall.Reason.NOT_ASSESSED_THIS_YEAR);
            assertThat(vm.shortfallText(s)).isEqualTo("从未自评");
        });
        assertThat(vm.latestDateText(vm.rows().get(0))).isEqualTo("从未自评");

        ui.fx(vm::fillMaximum);
        assertThat(vm.runningTotalProperty().get()).isEqualTo("合计 100/100 分，总分 100.0，达标");
        ui.fx(() -> {
            item(vm, "A6-1").pointsProperty().set("0");
            item(vm, "A6-2").pointsProperty().set("1");
        });
        assertThat(vm.runningTotalProperty().get()).isEqualTo("合计 94/100 分，总分 94.0，未达标");
        assertThat(vm.runningPassedProperty().get()).isFalse();
        assertThat(vm.sections()).filteredOn(s -> !s.passed()).extracting(s -> s.sectionName())
                .containsExactly("应急处置能力");

        ui.fx(vm::save);
        assertThat(vm.editorErrorProperty().get()).isEqualTo("请先在左侧选择班组。");
        TeamRow team = vm.rows().get(0);
        ui.fx(() -> {
            vm.selectedProperty().set(team);
            vm.assessorProperty().set("李建国");
            vm.assessedOnProperty().set(LocalDate.of(2026, 6, 10));
            item(vm, "A1-1").pointsProperty().set("9");
        });
        ui.fx(vm::save);
        assertThat(vm.editorErrorProperty().get()).isEqualTo("检查项 A1-1 的得分“9”无效：须为 0–4 的整数。");
        ui.fx(() -> item(vm, "A1-1").pointsProperty().set("4"));
        ui.fx(vm::save);
        assertThat(vm.editorErrorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已保存 甲班 的自评：总分 94.0，未达标。");
        assertThat(vm.history()).singleElement().satisfies(r -> {
            assertThat(vm.resultText(r)).isEqualTo("未达标");
            assertThat(vm.failingText(r.failingSections())).isEqualTo("应急处置能力 4/10");
        });
        assertThat(vm.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(TeamShortfall.Reason.FAILED);
            assertThat(vm.shortfallText(s)).isEqualTo("未达要求的部分：应急处置能力 4/10");
        });
        assertThat(vm.latestTotalText(vm.rows().get(0))).isEqualTo("94.0");
        assertThat(vm.items()).allSatisfy(i -> assertThat(i.pointsProperty().get()).isEmpty());
    }

    @Test
    void theServiceRefusalIsShownAtTheEditor() throws Exception {
        TeamsViewModel vm = page();
        ui.fx(() -> {
            vm.selectedProperty().set(vm.rows().get(0));
            vm.fillMaximum();
            vm.assessorProperty().set(" ");
        });
        ui.fx(vm::save);
        assertThat(vm.editorErrorProperty().get()).isEqualTo("请填写自评人。");
        assertThat(ui.ledger.campaign.teams().history(e.team().id())).isEmpty();
        assertThat(e.team().tier()).isEqualTo(Tier.TEAM);
    }

    @Test
    void theViewBuildsAndReadsOnStart() throws Exception {
        TeamsView view = ui.onFx(() -> new TeamsView(ui.services));
        ui.fx(view::start);
        assertThat(view.getId()).isEqualTo("teams-view");
        assertThat(view.viewModel().rows()).hasSize(1);
        assertThat(view.viewModel().items()).hasSize(28);
    }
}
