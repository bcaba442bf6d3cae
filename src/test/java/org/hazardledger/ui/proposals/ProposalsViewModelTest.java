package org.hazardledger.ui.proposals;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.model.ProposalStatus;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.proposals.ProposalActionViewModel.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalsViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private Hazard valve;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
        valve = ui.ledger.hazards.register(e.leakingValve(of(2026, 6, 10)));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private ProposalsViewModel page() throws Exception {
        ProposalsViewModel vm = ui.onFx(() -> new ProposalsViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    private void step(ProposalsViewModel vm, Action action, java.util.function.Consumer<ProposalActionViewModel> fill)
            throws Exception {
        ProposalActionViewModel a = ui.onFx(() -> vm.newAction(action).orElseThrow());
        ui.fx(() -> {
            fill.accept(a);
            a.submit();
        });
        assertThat(a.errorProperty().get()).isEmpty();
        ui.fx(() -> vm.changed(a.doneProperty().get()));
    }

    @Test
    void aProposalIsSubmittedEvaluatedAdoptedAndImplementedFromTheTab() throws Exception {
        ProposalsViewModel vm = page();
        ProposalFormViewModel form = ui.onFx(vm::newForm);
        ui.fx(form::submit);
        assertThat(form.errorProperty(ProposalDraft.TITLE).get()).isNotEmpty();
        assertThat(form.errorProperty(ProposalDraft.PROPOSER).get()).isNotEmpty();
        ui.fx(() -> {
            form.titleProperty().set("进料阀加装托盘");
            form.contentProperty().set("加装不锈钢托盘");
            form.proposerProperty().set(form.people().get(0));
            form.hazardsProperty().set(valve.number().toString().toLowerCase(java.util.Locale.ROOT));
            form.submit();
        });
        assertThat(form.savedProperty().get()).isNotNull();
        ui.fx(() -> vm.submitted(form.savedProperty().get()));
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.hazardsText(vm.rows().get(0))).isEqualTo(valve.number().toString());
        assertThat(vm.can(Action.EVALUATE)).isTrue();
        assertThat(vm.can(Action.ADOPT)).isFalse();

        ProposalActionViewModel bad = ui.onFx(() -> vm.newAction(Action.EVALUATE).orElseThrow());
        ui.fx(() -> {
            bad.scoreProperty().set("很好");
            bad.submit();
        });
        assertThat(bad.errorProperty().get()).isEqualTo(ui.messages.get("proposals.error.scoreNumber"));
        ui.fx(() -> {
            bad.scoreProperty().set("120");
            bad.submit();
        });
        assertThat(bad.errorProperty().get()).isEqualTo(ui.messages.get("error.proposal.scoreRange", 120));

        step(vm, Action.EVALUATE, a -> a.scoreProperty().set("75"));
        assertThat(vm.selectedProperty().get().status()).isEqualTo(ProposalStatus.EVALUATED);
        assertThat(vm.can(Action.ADOPT)).isTrue();
    }

    @Test
    void theStepsFollowTheStateAndTheRole() throws Exception {
        ui.ledger.campaign.proposals().submit(new ProposalDraft(org.hazardledger.model.ProposalCategory.SMALL_INVENTION,
                "报警挂件", "改装报警仪", e.worker().id(), of(2026, 6, 1), java.util.List.of()));
        ProposalsViewModel vm = page();
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        ProposalActionViewModel evaluate = ui.onFx(() -> vm.newAction(Action.EVALUATE).orElseThrow());
        ui.fx(() -> {
            evaluate.scoreProperty().set("88");
            evaluate.textProperty().set("好");
            evaluate.submit();
        });
        ui.fx(() -> vm.changed(evaluate.doneProperty().get()));
        assertThat(vm.selectedProperty().get().status()).isEqualTo(ProposalStatus.EVALUATED);
        assertThat(vm.scoreText(vm.selectedProperty().get())).isEqualTo("88");
        step(vm, Action.ADOPT, a -> { });
        ProposalActionViewModel reward = ui.onFx(() -> vm.newAction(Action.REWARD).orElseThrow());
        ui.fx(() -> {
            reward.amountProperty().set("600");
            reward.submit();
        });
        ui.fx(() -> vm.changed(reward.doneProperty().get()));
        assertThat(vm.rewardText(vm.selectedProperty().get())).isEqualTo("600.00");
        step(vm, Action.IMPLEMENT, a -> { });
        assertThat(vm.selectedProperty().get().status()).isEqualTo(ProposalStatus.IMPLEMENTED);
        assertThat(vm.can(Action.IMPLEMENT)).isFalse();
        assertThat(vm.messageProperty().get()).contains(ui.messages.label(ProposalStatus.IMPLEMENTED));

        // filters
        ui.fx(() -> vm.statusProperty().set(vm.statuses().stream().filter(c -> c.value() == ProposalStatus.SUBMITTED)
                .findFirst().orElseThrow()));
        assertThat(vm.rows()).isEmpty();
        ui.fx(() -> vm.statusProperty().set(vm.statuses().get(0)));
        assertThat(vm.rows()).hasSize(1);

        // a team head may propose but not decide
        ui.ledger.signIn("班长 (banzhang)", AccountRole.UNIT_HEAD, e.team());
        ui.fx(vm::load);
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        assertThat(vm.can(Action.REWARD)).isFalse();
        assertThat(vm.can(Action.LINK)).isTrue();
        assertThat(vm.maySubmitProperty().get()).isTrue();
    }
}
