package org.hazardledger.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.testing.LedgerFixture.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.hazard.RegisterHazardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 巡查记录: a month's rounds, a round's answers, and a hazard registered from a failed answer. */
class RoundListViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private RoundsViewModel page;
    private RoundListViewModel vm;

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
        vm = page.list();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    /** A team round today whose first item failed. */
    private InspectionRound roundWithOneFailure() {
        Checklist c = ui.services.rounds().checklistFor(e.team().id());
        List<RoundItemResult> results = new ArrayList<>();
        for (ChecklistItem i : c.items()) {
            results.add(results.isEmpty() ? new RoundItemResult(i.code(), i.text(), RoundAnswer.FAILED, "消防通道堆放杂物")
                    : RoundItemResult.ok(i));
        }
        return ui.services.rounds().record(new RoundDraft(e.team().id(), TODAY, List.of(e.leader().id()), c.code(),
                results, null));
    }

    @Test
    void listsTheMonthsRoundsAndShowsTheSelectedOnesAnswers() throws Exception {
        assertThat(vm.rows()).isEmpty();
        InspectionRound round = roundWithOneFailure();
        ui.fx(vm::load);
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.failedCount()).isEqualTo(1);
            assertThat(vm.tierText(r)).isEqualTo("班组");
        });
        assertThat(vm.countTextProperty().get()).isEqualTo("本月共 1 次巡查");

        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        assertThat(vm.results()).hasSize(round.results().size());
        assertThat(vm.selectedResultProperty().get().answer()).as("the failed answer is offered first")
                .isEqualTo(RoundAnswer.FAILED);
        assertThat(vm.canRegisterProperty().get()).isTrue();
        assertThat(vm.detailTitleProperty().get()).contains("甲班").contains("2026-06-15").contains("李建国");

        ui.fx(() -> vm.selectedResultProperty().set(vm.results().get(1)));
        assertThat(vm.canRegisterProperty().get()).as("an OK answer is no finding").isFalse();

        ui.fx(() -> vm.moveMonth(-1));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.roundProperty().get()).isNull();
    }

    @Test
    void aHazardRegisteredFromAFailedAnswerStartsFilledInAndIsLinkedToTheRound() throws Exception {
        InspectionRound round = roundWithOneFailure();
        ui.fx(vm::load);
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));

        AtomicReference<RegisterHazardViewModel> opened = new AtomicReference<>();
        ui.fx(() -> vm.registerFinding(opened::set));
        RegisterHazardViewModel form = opened.get();
        assertThat(form).isNotNull();
        ui.fx(form::load);
        assertThat(form.unitProperty().get().id()).isEqualTo(e.team().id());
        assertThat(form.foundOnProperty().get()).isEqualTo(TODAY);
        assertThat(form.finderProperty().get().name()).isEqualTo("李建国");
        assertThat(form.sourceProperty().get().value()).isEqualTo(HazardSource.TEAM_CHECK);
        assertThat(form.descriptionProperty().get()).contains("消防通道堆放杂物");
        assertThat(form.rectifyingTierProperty().get().value()).isEqualTo(Tier.TEAM);

        ui.fx(() -> {
            form.categoryProperty().set(form.choices().categories().get(0));
            form.formProperty().set(form.choices().forms().get(0));
        });
        ui.fx(form::submit);
        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.registeredProperty().get()).isNotNull();
        ui.fx(() -> page.findingRegistered(form.registeredProperty().get()));

        assertThat(ui.services.rounds().round(round.id()).hazardIds())
                .containsExactly(form.registeredProperty().get().id());
        assertThat(vm.hazards()).singleElement().asString().startsWith(form.registeredProperty().get().number().toString());
        assertThat(vm.rows().get(0).hazardCount()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).contains(form.registeredProperty().get().number().toString());
    }
}
