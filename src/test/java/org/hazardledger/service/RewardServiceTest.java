package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Registration;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardFund;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardReport;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardStatus;
import org.hazardledger.model.RewardTally;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reward fund, proposals, roles, the balance and its override, report rewards under a pseudonym. */
class RewardServiceTest {

    private static final int YEAR = LedgerFixture.TODAY.getYear();

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private SmallEnterprise e;
    private RewardService rewards;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        rewards = ledger.campaign.rewards();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aFindersRewardIsSuggestedByTheScaleAndProposedForTheNamedFinder() {
        Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
        assertThat(rewards.suggest(org.hazardledger.model.RewardKind.HAZARD_FINDER, h.id(), null))
                .isEqualByComparingTo("100");
        RewardProposal p = rewards.propose(RewardDraft.forHazard(h.id(), null, null, null, "及时发现法兰渗漏"));

        assertThat(p.number()).isEqualTo("JL-2026-0001");
        assertThat(p.status()).isEqualTo(RewardStatus.PROPOSED);
        assertThat(p.payee()).isEqualTo("王小明");
        assertThat(p.personId()).isEqualTo(e.worker().id());
        assertThat(p.amount()).isEqualByComparingTo("100.00");
        assertThat(p.suggested()).isEqualByComparingTo("100.00");
        assertThat(events(p.id())).extracting(EventLog.Event::action).containsExactly("PROPOSE");
        List<RewardRow> rows = rewards.list(YEAR);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(h.number().toString());
            assertThat(r.unitName()).isEqualTo("反应釜操作岗");
        });
        assertThat(rewards.fund(YEAR).pending()).isEqualByComparingTo("100");
    }

    @Test
    void anAmountOtherThanTheSuggestionNeedsItsReasonAndABaseAmountMakesAShare() {
        Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
        assertThatThrownBy(() -> rewards.propose(RewardDraft.forHazard(h.id(), null, new BigDecimal("300"), " ",
                "发现渗漏")))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly(RewardDraft.CHANGE_REASON));
        assertThat(rewards.list(null)).isEmpty();

        RewardProposal p = rewards.propose(RewardDraft.forHazard(h.id(), new BigDecimal("30000"), null, null,
                "避免损失约三万元"));
        assertThat(p.suggested()).isEqualByComparingTo("3000");
        assertThat(p.amount()).isEqualByComparingTo("3000");
        assertThat(p.changeReason()).isNull();

        assertThatThrownBy(() -> rewards.propose(RewardDraft.forHazard(h.id(), null, null, null, "再报一次")))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.reward.duplicate"));
    }

    @Test
    void anAnonymousHazardHasNoFinderToRewardItGoesThroughAReport() {
        Hazard anon = ledger.hazards.register(new HazardDraft(new Registration(e.post().id(), "罐区", LedgerFixture.TODAY,
                null, true, HazardSource.WORKER_REPORT, "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, "匿名反映罐区泄漏"),
                new Grading(Grade.GENERAL, "A", null, null, Tier.TEAM)));
        assertThatThrownBy(() -> rewards.propose(RewardDraft.forHazard(anon.id(), null, null, null, "匿名")))
                .isInstanceOfSatisfying(DomainException.class, d -> {
                    assertThat(d.messageKey()).isEqualTo("error.reward.anonymousHazard");
                    assertThat(d.args()).containsExactly(anon.number().toString());
                });
        assertThat(rewards.list(null)).isEmpty();
    }

    @Test
    void eachStepIsRefusedForAWrongRoleAndTheRewardStaysAsItWas() {
        Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
        budget("1000");
        ledger.signIn("车间主任", AccountRole.UNIT_HEAD, e.workshop());
        assertRefused(() -> rewards.propose(RewardDraft.forHazard(h.id(), null, null, null, "x")),
                "error.reward.proposeRole");
        assertRefused(() -> rewards.setScale(YEAR, RewardScale.DEFAULT), "error.reward.fundRole");
        ledger.signIn("分会", AccountRole.UNION_MEMBER, e.workshop());
        RewardProposal p = rewards.propose(RewardDraft.forHazard(h.id(), null, null, null, "工会提议"));

        ledger.session.signIn(LedgerFixture.CLERK);
        assertRefused(() -> rewards.approve(p.id(), p.revision(), false, null), "error.reward.approveRole");
        assertRefused(() -> rewards.reject(p.id(), p.revision(), "不符合"), "error.reward.rejectRole");
        ledger.signIn("工会主席", AccountRole.UNION_MEMBER, null);
        assertRefused(() -> rewards.approve(p.id(), p.revision(), false, null), "error.reward.approveRole");
        assertRefused(() -> rewards.concur(p.id(), p.revision()), "error.reward.concurNotNeeded");
        assertRefused(() -> rewards.topUp(YEAR, BigDecimal.TEN, LedgerFixture.TODAY, "x"), "error.reward.fundRole");
        assertRefused(() -> rewards.pay(p.id(), p.revision(), payment("100"), false, null), "error.reward.payRole");

        ledger.signIn("主要负责人", AccountRole.PRINCIPAL, null);
        RewardProposal approved = rewards.approve(p.id(), p.revision(), false, null);
        assertRefused(() -> rewards.approve(approved.id(), approved.revision(), false, null),
                "error.reward.wrongState");
        ledger.signIn("车间主任", AccountRole.UNIT_HEAD, e.workshop());
        assertRefused(() -> rewards.pay(approved.id(), approved.revision(), payment("100"), false, null),
                "error.reward.payRole");
        assertThat(rewards.list(YEAR)).singleElement()
                .satisfies(r -> assertThat(r.proposal().status()).isEqualTo(RewardStatus.APPROVED));
    }

    @Test
    void approvingMoreThanTheBalanceIsRefusedShowingBalanceAndAmount() {
        budget("150");
        RewardProposal a = proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY));
        RewardProposal b = proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY));
        principal();
        rewards.approve(a.id(), a.revision(), false, null);

        assertThatThrownBy(() -> rewards.approve(b.id(), b.revision(), false, null))
                .isInstanceOfSatisfying(DomainException.class, d -> {
                    assertThat(d.messageKey()).isEqualTo("error.reward.overBalance");
                    assertThat(d.args()).containsExactly(b.number(), "100.00", "50.00", String.valueOf(YEAR));
                });
        RewardFund fund = rewards.fund(YEAR);
        assertThat(fund.committed()).isEqualByComparingTo("100");
        assertThat(fund.balance()).isEqualByComparingTo("50");
        assertThat(status(b)).isEqualTo(RewardStatus.PROPOSED);
        assertThat(events(b.id())).extracting(EventLog.Event::action).containsExactly("PROPOSE");
    }

    @Test
    void thePrincipalMayOverrideWithAWrittenReasonWhichIsAudited() {
        budget("50");
        RewardProposal a = proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY));
        principal();
        assertThatThrownBy(() -> rewards.approve(a.id(), a.revision(), true, "  "))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly("overrideReason"));
        assertThat(status(a)).isEqualTo(RewardStatus.PROPOSED);

        RewardProposal approved = rewards.approve(a.id(), a.revision(), true, "年度追加预算已批，下月到账");
        assertThat(approved.status()).isEqualTo(RewardStatus.APPROVED);
        assertThat(approved.overrideReason()).isEqualTo("年度追加预算已批，下月到账");
        assertThat(rewards.fund(YEAR).balance()).isEqualByComparingTo("-50");
        EventLog.Event last = events(a.id()).get(events(a.id()).size() - 1);
        assertThat(last.action()).isEqualTo("APPROVE_OVERRIDE");
        assertThat(last.payload()).contains("年度追加预算已批").contains("\"override\":true")
                .contains("\"balanceBefore\":\"50.00\"");

        // A clerk paying it, with the fund still short, cannot override: only the principal can.
        ledger.session.signIn(LedgerFixture.CLERK);
        assertRefused(() -> rewards.pay(approved.id(), approved.revision(), payment("100"), false, null),
                "error.reward.overBalance");
        assertRefused(() -> rewards.pay(approved.id(), approved.revision(), payment("100"), true, "急需"),
                "error.reward.overrideRole");
        rewards.topUp(YEAR, new BigDecimal("50"), LedgerFixture.TODAY, "补足");
        RewardProposal paid = rewards.pay(approved.id(), approved.revision(), payment("100"), false, null);
        assertThat(paid.status()).isEqualTo(RewardStatus.PAID);
        assertThat(rewards.fund(YEAR).balance()).isEqualByComparingTo("0");
    }

    @Test
    void approvalsOneAfterAnotherAndFromSeveralThreadsNeverExceedTheBalance() throws Exception {
        budget("500");
        rewards.topUp(YEAR, new BigDecimal("200"), LedgerFixture.TODAY, "安康杯奖金转入");
        List<RewardProposal> proposed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            proposed.add(proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(i))));
        }
        principal();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (RewardProposal p : proposed) {
                Callable<Boolean> approve = () -> {
                    try {
                        rewards.approve(p.id(), p.revision(), false, null);
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                };
                results.add(pool.submit(approve));
            }
            int approved = 0;
            for (Future<Boolean> f : results) {
                approved += f.get() ? 1 : 0;
            }
            RewardFund fund = rewards.fund(YEAR);
            assertThat(fund.committed()).isLessThanOrEqualTo(fund.available());
            assertThat(fund.balance().signum()).isGreaterThanOrEqualTo(0);
            assertThat(fund.committed()).isEqualByComparingTo(new BigDecimal(approved * 100));
            assertThat(approved).isLessThanOrEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        // One after another, the rest: exactly up to the balance and not one more.
        int more = 0;
        for (RewardRow r : rewards.list(YEAR)) {
            if (r.proposal().status() == RewardStatus.PROPOSED) {
                try {
                    rewards.approve(r.proposal().id(), r.proposal().revision(), false, null);
                    more++;
                } catch (DomainException refused) {
                    assertThat(refused.messageKey()).isEqualTo("error.reward.overBalance");
                }
            }
        }
        RewardFund fund = rewards.fund(YEAR);
        assertThat(fund.committed()).isEqualByComparingTo("700");
        assertThat(fund.balance()).isEqualByComparingTo("0");
        assertThat(more).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aPaymentIsRecordedNeverAboveTheApprovedAmountAndMovesCommittedToPaid() {
        budget("1000");
        RewardProposal p = proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY));
        ledger.session.signIn(LedgerFixture.CLERK);
        assertRefused(() -> rewards.pay(p.id(), p.revision(), payment("100"), false, null), "error.reward.wrongState");
        principal();
        RewardProposal a = rewards.approve(p.id(), p.revision(), false, null);
        ledger.session.signIn(LedgerFixture.CLERK);
        assertThatThrownBy(() -> rewards.pay(a.id(), a.revision(), payment("120"), false, null))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly(RewardPayment.AMOUNT));
        assertThatThrownBy(() -> rewards.pay(a.id(), a.revision(),
                new RewardPayment(LedgerFixture.TODAY, new BigDecimal("100"), " ", ""), false, null))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly(RewardPayment.METHOD, RewardPayment.VOUCHER));

        RewardProposal paid = rewards.pay(a.id(), a.revision(), payment("100"), false, null);
        assertThat(paid.paidAmount()).isEqualByComparingTo("100");
        assertThat(paid.voucherNo()).isEqualTo("PZ-2026-061");
        assertThat(paid.paidBy()).isEqualTo(LedgerFixture.CLERK.name());
        RewardFund fund = rewards.fund(YEAR);
        assertThat(fund.paid()).isEqualByComparingTo("100");
        assertThat(fund.committed()).isEqualByComparingTo("0");
        assertThat(fund.balance()).isEqualByComparingTo("900");
        assertThat(events(p.id())).extracting(EventLog.Event::action).containsExactly("PROPOSE", "APPROVE", "PAY");
    }

    @Test
    void theBudgetCannotFallBelowWhatIsSpentAndTopUpsNeedAnAmountAndANote() {
        budget("300");
        RewardProposal p = proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY));
        principal();
        rewards.approve(p.id(), p.revision(), false, null);
        assertRefused(() -> rewards.setBudget(YEAR, rewards.fund(YEAR).revision(), new BigDecimal("50")), "error.reward.budgetBelowSpent");
        assertThatThrownBy(() -> rewards.topUp(YEAR, new BigDecimal("-5"), LedgerFixture.TODAY, ""))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly("topUpAmount", "note"));
        assertThat(rewards.fund(YEAR).available()).isEqualByComparingTo("300");
        assertThat(rewards.setBudget(YEAR, rewards.fund(YEAR).revision(), new BigDecimal("100")).balance()).isEqualByComparingTo("0");
    }

    @Test
    void aReportRewardIsPaidToThePseudonymAfterTheEnterpriseUnionConcurs() {
        budget("5000");
        UUID reportId = UUID.randomUUID();
        ledger.store.transact(s -> {
            s.safetyReports().insert(new SafetyReport(reportId, 1, "JB-2026-0001", ReportChannel.HOTLINE_12350,
                    LedgerFixture.TODAY.minusDays(5), e.workshop().id(), "合成车间夜班违章动火", "举报人-青松",
                    false, null, "测试安全员"), null, null);
            return null;
        });
        RewardProposal p = rewards.propose(RewardDraft.forReport(reportId, new BigDecimal("20000"), null, null,
                "举报查实，罚款两万元"));
        assertThat(p.payee()).isEqualTo("举报人-青松");
        assertThat(p.personId()).isNull();
        assertThat(p.amount()).isEqualByComparingTo("2000");

        principal();
        assertRefused(() -> rewards.approve(p.id(), p.revision(), false, null), "error.reward.needsConcurrence");
        ledger.signIn("分会主席", AccountRole.UNION_MEMBER, e.workshop());
        assertRefused(() -> rewards.concur(p.id(), p.revision()), "error.reward.concurRole");
        ledger.signIn("工会主席", AccountRole.UNION_MEMBER, null);
        RewardProposal c = rewards.concur(p.id(), p.revision());
        assertThat(c.status()).isEqualTo(RewardStatus.CONCURRED);
        principal();
        RewardProposal a = rewards.approve(c.id(), c.revision(), false, null);
        assertThat(a.status()).isEqualTo(RewardStatus.APPROVED);

        assertThat(rewards.list(YEAR)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("JB-2026-0001");
            assertThat(r.proposal().payee()).isEqualTo("举报人-青松");
        });
        RewardReport report = rewards.report(LedgerFixture.TODAY.withDayOfYear(1), LedgerFixture.TODAY);
        assertThat(report.payees()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("举报人-青松");
            assertThat(t.pseudonymous()).isTrue();
            assertThat(t.approvedAmount()).isEqualByComparingTo("2000");
        });
        assertThat(events(p.id())).extracting(EventLog.Event::action)
                .containsExactly("PROPOSE", "CONCUR", "APPROVE");
    }

    @Test
    void theReportCountsHazardsFoundAndRewardsPerWorkshopAndPerWorker() {
        budget("1000");
        RewardProposal a = proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2)));
        proposeFor(ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(1)));
        ledger.registerAssigned(e, LedgerFixture.TODAY);
        principal();
        RewardProposal approved = rewards.approve(a.id(), a.revision(), false, null);
        ledger.session.signIn(LedgerFixture.CLERK);
        rewards.pay(approved.id(), approved.revision(), payment("80"), false, null);

        RewardReport r = rewards.report(LedgerFixture.TODAY.minusDays(30), LedgerFixture.TODAY);
        RewardTally unit = r.units().get(0);
        assertThat(r.units()).hasSize(1);
        assertThat(unit.name()).isEqualTo("合成车间");
        assertThat(unit.hazardsFound()).isEqualTo(3);
        assertThat(unit.proposed()).isEqualTo(2);
        assertThat(unit.proposedAmount()).isEqualByComparingTo("200");
        assertThat(unit.approved()).isEqualTo(1);
        assertThat(unit.paid()).isEqualTo(1);
        assertThat(unit.paidAmount()).isEqualByComparingTo("80");
        assertThat(r.payees()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("王小明");
            assertThat(t.pseudonymous()).isFalse();
            assertThat(t.hazardsFound()).isEqualTo(3);
            assertThat(t.proposed()).isEqualTo(2);
        });
        assertRefused(() -> rewards.report(LedgerFixture.TODAY, LedgerFixture.TODAY.minusDays(1)),
                "error.reward.period");
    }

    // ---- helpers ----

    private void budget(String amount) {
        rewards.setBudget(YEAR, rewards.fund(YEAR).revision(), new BigDecimal(amount));
    }

    private void principal() {
        ledger.signIn("主要负责人", AccountRole.PRINCIPAL, null);
    }

    private RewardProposal proposeFor(Hazard h) {
        ledger.session.signIn(LedgerFixture.CLERK);
        return rewards.propose(RewardDraft.forHazard(h.id(), null, null, null, "发现隐患"));
    }

    private static RewardPayment payment(String amount) {
        return new RewardPayment(LedgerFixture.TODAY, new BigDecimal(amount), "银行转账", "PZ-2026-061");
    }

    private RewardStatus status(RewardProposal p) {
        return rewards.list(null).stream().filter(r -> r.proposal().id().equals(p.id())).findFirst().orElseThrow()
                .proposal().status();
    }

    private List<EventLog.Event> events(UUID id) {
        return ledger.store.transact(s -> s.events().forEntity(id));
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, d -> {
            if (key != null) {
                assertThat(d.messageKey()).isEqualTo(key);
            }
        });
    }
}
