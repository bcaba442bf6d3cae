package org.hazardledger.ui.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardStatus;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 奖励 tab's ViewModel: the fund line, the forms' field refusals, the steps per role, the report. */
class RewardsViewModelTest {

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
        valve = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private RewardsViewModel loaded() throws Exception {
        RewardsViewModel vm = ui.onFx(() -> new RewardsViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    @Test
    void aClerkSetsTheBudgetTopsUpAndProposesWithTheScalesSuggestion() throws Exception {
        RewardsViewModel vm = loaded();
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.mayManageFund()).isTrue();
        assertThat(vm.mayPropose()).isTrue();
        assertThat(vm.scaleProperty(RewardScale.MAJOR).get()).isEqualTo("1000.00");

        ui.fx(() -> {
            vm.budgetProperty().set("1,000");
            vm.saveBudget();
        });
        assertThat(vm.fundProperty().get().budget()).isEqualByComparingTo("1000");

        ui.fx(vm::newTopUp);
        ui.fx(() -> {
            vm.topUpAmountProperty().set("abc");
            vm.submitTopUp();
        });
        assertThat(vm.fundErrors().field(RewardsViewModel.TOP_UP).get()).isNotEmpty();
        ui.fx(() -> {
            vm.topUpAmountProperty().set("500");
            vm.submitTopUp();
        });
        assertThat(vm.fundErrors().field(RewardsViewModel.NOTE).get()).isNotEmpty();
        assertThat(vm.doneProperty().get()).isFalse();
        ui.fx(() -> {
            vm.topUpNoteProperty().set("工会补助转入");
            vm.submitTopUp();
        });
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.fundProperty().get().balance()).isEqualByComparingTo("1500");
        assertThat(vm.fundText()).contains("1500.00");

        ui.fx(() -> vm.newProposal("YH-0000-00-0000"));
        ui.fx(vm::suggest);
        assertThat(vm.proposeErrors().field(RewardDraft.TARGET).get()).contains("YH-0000-00-0000");
        ui.fx(() -> {
            vm.targetProperty().set(valve.number().toString());
            vm.suggest();
        });
        assertThat(vm.amountProperty().get()).isEqualTo("100.00");
        ui.fx(() -> {
            vm.amountProperty().set("150");
            vm.groundsProperty().set("及时发现渗漏");
            vm.submitProposal();
        });
        assertThat(vm.proposeErrors().field(RewardDraft.CHANGE_REASON).get()).contains("100.00");
        assertThat(vm.rows()).isEmpty();
        ui.fx(() -> {
            vm.changeReasonProperty().set("夜班发现，处置得当");
            vm.submitProposal();
        });
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.proposal().amount()).isEqualByComparingTo("150");
            assertThat(vm.payeeText(r)).isEqualTo("王小明");
            assertThat(vm.statusText(r)).isEqualTo(ui.messages.get("rewardStatus.PROPOSED"));
        });
        assertThat(vm.fundProperty().get().pending()).isEqualByComparingTo("150");
    }

    @Test
    void thePrincipalApprovesOnlyWithinTheBalanceOrWithAReasonAndTheClerkPays() throws Exception {
        ui.ledger.campaign.rewards().setBudget(2026, 1, new java.math.BigDecimal("80"));
        ui.ledger.campaign.rewards().propose(RewardDraft.forHazard(valve.id(), null, null, null, "发现渗漏"));
        ui.ledger.signIn("主要负责人", AccountRole.PRINCIPAL, null);
        RewardsViewModel vm = loaded();
        assertThat(vm.mayPropose()).isFalse();
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        assertThat(vm.mayApprove()).isTrue();
        assertThat(vm.mayReject()).isTrue();
        assertThat(vm.mayPay()).isFalse();

        ui.fx(vm::newDecision);
        ui.fx(vm::approve);
        assertThat(vm.messageProperty().get()).contains("80.00").contains("100.00");
        assertThat(vm.rows().get(0).proposal().status()).isEqualTo(RewardStatus.PROPOSED);
        ui.fx(() -> {
            vm.overrideProperty().set(true);
            vm.approve();
        });
        assertThat(vm.decisionErrors().field(RewardsViewModel.OVERRIDE).get()).isNotEmpty();
        ui.fx(() -> {
            vm.overrideReasonProperty().set("追加预算已批");
            vm.approve();
        });
        assertThat(vm.rows().get(0).proposal().status()).isEqualTo(RewardStatus.APPROVED);
        assertThat(vm.fundProperty().get().balance()).isEqualByComparingTo("-20");

        ui.ledger.campaign.rewards().topUp(2026, new java.math.BigDecimal("20"), LedgerFixture.TODAY, "补足");
        ui.ledger.session.signIn(LedgerFixture.CLERK);
        ui.fx(vm::load);
        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.mayPay()).isTrue();
        assertThat(vm.mayApprove()).isFalse();
        ui.fx(vm::newDecision);
        assertThat(vm.paidAmountProperty().get()).isEqualTo("100.00");
        ui.fx(vm::pay);
        assertThat(vm.decisionErrors().field(RewardPayment.METHOD).get()).isNotEmpty();
        assertThat(vm.decisionErrors().field(RewardPayment.VOUCHER).get()).isNotEmpty();
        ui.fx(() -> {
            vm.payMethodProperty().set("现金");
            vm.voucherNoProperty().set("PZ-06-001");
            vm.pay();
        });
        assertThat(vm.rows().get(0).proposal().status()).isEqualTo(RewardStatus.PAID);
        assertThat(vm.unitTallies()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("合成车间");
            assertThat(t.paidAmount()).isEqualByComparingTo("100");
            assertThat(t.hazardsFound()).isEqualTo(1);
        });
        assertThat(vm.payeeTallies()).singleElement().satisfies(t -> assertThat(vm.tallyName(t)).isEqualTo("王小明"));

        Path csv = dir.resolve("rewards.csv");
        ui.fx(() -> vm.export(List.of(List.of("编号", "金额"), List.of("JL-2026-0001", "100.00")), csv));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("JL-2026-0001");
        assertThat(vm.messageProperty().get()).contains("rewards.csv");
    }

    @Test
    void aBadScaleIsRefusedAtItsFieldsAndAGoodOneIsSaved() throws Exception {
        RewardsViewModel vm = loaded();
        ui.fx(() -> {
            vm.scaleProperty(RewardScale.FLOOR).set("500");
            vm.scaleProperty(RewardScale.CAP).set("100");
            vm.saveScale();
        });
        assertThat(vm.scaleErrors().field(RewardScale.CAP).get()).contains("500");
        ui.fx(() -> {
            vm.scaleProperty(RewardScale.CAP).set("8000");
            vm.scaleProperty(RewardScale.GENERAL_B).set("120");
            vm.saveScale();
        });
        assertThat(ui.ledger.campaign.rewards().scale(2026).generalB()).isEqualByComparingTo("120");
        assertThat(ui.ledger.campaign.rewards().scale(2027).cap()).isEqualByComparingTo("8000");
        assertThat(ui.ledger.campaign.rewards().scale(2025)).isEqualTo(RewardScale.DEFAULT);
    }
}
