package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazardledger.model.RewardFund;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.RewardStatus;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** The demo's reward fund and rewards: every state, within the fund. */
class DemoRewardsTest {

    @Test
    void theDemoHasAFundWithATopUpAndAboutThirtyRewardsInEveryStateWithinTheBalance() {
        LedgerFixture demo = DemoLedger.shared();
        RewardService rewards = demo.campaign.rewards();
        int year = LedgerFixture.TODAY.getYear();
        RewardFund fund = rewards.fund(year);
        assertThat(fund.budgetSet()).isTrue();
        assertThat(fund.topUps()).isPositive();
        assertThat(fund.balance().signum()).isGreaterThanOrEqualTo(0);
        assertThat(rewards.fund(year - 1).balance().signum()).isGreaterThanOrEqualTo(0);
        List<RewardRow> all = rewards.list(null);
        assertThat(all).hasSizeBetween(20, 30);
        Set<RewardStatus> states = all.stream().map(r -> r.proposal().status()).collect(Collectors.toSet());
        assertThat(states).containsAll(EnumSet.of(RewardStatus.PROPOSED, RewardStatus.APPROVED, RewardStatus.PAID,
                RewardStatus.REJECTED));
        assertThat(all).allSatisfy(r -> assertThat(r.proposal().payee()).isNotBlank());
    }
}
