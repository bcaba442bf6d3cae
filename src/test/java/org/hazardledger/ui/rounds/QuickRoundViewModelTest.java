package org.hazardledger.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundRow;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick entry of a round: filled-in defaults, one-key answers, "all OK", and refusals at their fields. */
class QuickRoundViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private RoundsViewModel page;

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
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private QuickRoundViewModel started() throws Exception {
        QuickRoundViewModel vm = ui.onFx(page::newQuickEntry);
        ui.fx(vm::start);
        return vm;
    }

    @Test
    void startsAtTheTeamTodayWithItsLeaderAndTheTeamChecklist() throws Exception {
        QuickRoundViewModel vm = started();
        assertThat(vm.unitProperty().get().path()).isEqualTo("一厂 / 合成车间 / 甲班");
        assertThat(vm.heldOnProperty().get()).isEqualTo(LedgerFixture.TODAY);
        assertThat(vm.inspectorProperty().get().name()).isEqualTo("李建国");
        assertThat(vm.lines()).isNotEmpty();
        assertThat(vm.lines()).allSatisfy(l -> assertThat(l.answerProperty().get()).isNull());
        assertThat(vm.checklistNameProperty().get()).startsWith("检查表：");
        assertThat(vm.selectedIndexProperty().get()).isZero();
    }

    @Test
    void theAllOkKeyRecordsTheRoundAtOnce() throws Exception {
        QuickRoundViewModel vm = started();
        ui.fx(vm::allOk);

        InspectionRound round = vm.recordedProperty().get();
        assertThat(round).isNotNull();
        assertThat(round.allOk()).isTrue();
        assertThat(round.results()).hasSize(vm.lines().size());
        assertThat(ui.services.rounds().rounds(e.team().id(), LedgerFixture.TODAY, LedgerFixture.TODAY))
                .singleElement().satisfies(r -> {
                    assertThat(r.failedCount()).isZero();
                    assertThat(r.inspectorNames()).contains("李建国");
                });
        // the next quick entry starts at the unit just used
        ui.fx(() -> vm.unitProperty().set(page.context().unit(e.post().id())));
        ui.fx(vm::allOk);
        QuickRoundViewModel next = started();
        assertThat(next.unitProperty().get().id()).isEqualTo(e.post().id());
    }

    @Test
    void aFailedItemWithoutANoteIsRefusedAtItsFieldAndNothingIsRecorded() throws Exception {
        QuickRoundViewModel vm = started();
        int n = vm.lines().size();
        // 2 = failed, and the selection stays on it for the note; 1 = OK and on to the next item
        ui.fx(() -> vm.answer(0, RoundAnswer.FAILED));
        assertThat(vm.selectedIndexProperty().get()).isZero();
        for (int i = 1; i < n; i++) {
            int index = i;
            ui.fx(() -> vm.answer(index, RoundAnswer.OK));
        }
        ui.fx(() -> vm.selectedIndexProperty().set(n - 1));
        ui.fx(vm::save);

        assertThat(vm.errorProperty(QuickRoundViewModel.ITEM_NOTE).get()).isEqualTo("第 1 项不合格，请说明不合格之处。");
        assertThat(vm.selectedIndexProperty().get()).as("back on the failed item").isZero();
        assertThat(vm.recordedProperty().get()).isNull();
        assertThat(ui.services.rounds().rounds(null, LedgerFixture.TODAY, LedgerFixture.TODAY)).isEmpty();

        ui.fx(() -> vm.lines().get(0).noteProperty().set("灭火器压力不足"));
        assertThat(vm.errorProperty(QuickRoundViewModel.ITEM_NOTE).get()).as("cleared on edit").isEmpty();
        ui.fx(vm::save);
        assertThat(vm.recordedProperty().get().failed()).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("灭火器压力不足"));
        assertThat(ui.services.rounds().rounds(e.team().id(), LedgerFixture.TODAY, LedgerFixture.TODAY))
                .extracting(RoundRow::failedCount).containsExactly(1);
    }

    @Test
    void unansweredItemsAndAFutureDayAreRefusedAtTheirFields() throws Exception {
        QuickRoundViewModel vm = started();
        ui.fx(() -> vm.answer(0, RoundAnswer.NOT_APPLICABLE));
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(1);
        ui.fx(() -> vm.cycle(1));
        assertThat(vm.lines().get(1).answerProperty().get()).isEqualTo(RoundAnswer.OK);
        ui.fx(() -> vm.heldOnProperty().set(LedgerFixture.TODAY.plusDays(1)));
        ui.fx(vm::save);

        assertThat(vm.errorProperty(QuickRoundViewModel.ITEMS).get())
                .isEqualTo("还有 " + (vm.lines().size() - 2) + " 项未回答。");
        assertThat(vm.errorProperty(QuickRoundViewModel.HELD_ON).get()).isNotEmpty();
        assertThat(vm.selectedIndexProperty().get()).as("on the first unanswered item").isEqualTo(2);
        assertThat(vm.tally()).isEqualTo("合格 1 · 不合格 0 · 不适用 1 · 未答 " + (vm.lines().size() - 2));
        assertThat(vm.recordedProperty().get()).isNull();
    }
}
