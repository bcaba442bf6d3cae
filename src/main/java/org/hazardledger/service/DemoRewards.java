package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardScale;
import org.hazardledger.store.StoreSession;

/**
 * The demo's reward fund (last year and this year, with a top-up), the scale, and about thirty rewards
 * for the finders of demo hazards, proposed, approved, paid and rejected through the same operations
 * as the workbench. Report rewards are left to the workbench: the demo's reports may not exist yet.
 */
final class DemoRewards {

    private static final int REWARDS = 30;
    private static final String[] GROUNDS = {
        "主动发现并及时报告，避免事故发生", "巡检中发现设备缺陷，处置得当", "岗位自查发现隐患，报告及时",
        "班前检查发现安全防护缺失", "发现违章作业并及时制止", "发现重大隐患，报告及时，避免较大损失"
    };

    private DemoRewards() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        int year = today.getYear();
        Actor clerk = actors.clerk();
        Actor principal = actors.principal();
        RewardOperations.setScale(s, clerk, year - 1, RewardScale.DEFAULT);
        RewardOperations.setBudget(s, principal, year - 1, s.rewards().fundRevision(year - 1), new BigDecimal("20000"));
        RewardOperations.setBudget(s, principal, year, s.rewards().fundRevision(year), new BigDecimal("30000"));
        RewardOperations.topUp(s, clerk, year, new BigDecimal("5000"), today.withDayOfMonth(1).isAfter(today)
                ? today : today.withDayOfMonth(1), "安康杯竞赛奖金转入奖励基金");

        List<Hazard> candidates = new ArrayList<>();
        for (Hazard h : enacted) {
            if (!h.registration().anonymous() && h.registration().finderId() != null
                    && h.registration().foundOn().getYear() >= year - 1
                    && h.registration().foundOn().isBefore(today.minusDays(10))) {
                candidates.add(h);
            }
        }
        Collections.shuffle(candidates, random);
        int made = 0;
        for (Hazard h : candidates) {
            if (made == REWARDS) {
                break;
            }
            LocalDate on = min(h.registration().foundOn().plusDays(2 + random.nextInt(8)), today);
            if (on.getYear() != h.registration().foundOn().getYear()) {
                continue;
            }
            Actor proposer = made % 4 == 3 ? actors.enterpriseUnion() : clerk;
            String grounds = GROUNDS[random.nextInt(GROUNDS.length)];
            RewardProposal p;
            try {
                p = RewardOperations.propose(s, proposer,
                        RewardDraft.forHazard(h.id(), null, null, null, grounds), on);
            } catch (DomainException refused) {
                continue;
            }
            made++;
            int fate = made % 6;
            try {
                if (fate == 1) {
                    continue;
                }
                LocalDate decided = min(on.plusDays(1 + random.nextInt(5)), today);
                if (fate == 2) {
                    RewardOperations.reject(s, principal, p.id(), p.revision(), "属岗位职责范围内的日常发现，不予奖励",
                            decided);
                    continue;
                }
                RewardProposal a = RewardOperations.approve(s, principal, p.id(), p.revision(), false, null, decided);
                if (fate == 3) {
                    continue;
                }
                LocalDate paidOn = min(decided.plusDays(3 + random.nextInt(10)), today);
                RewardOperations.pay(s, clerk, a.id(), a.revision(), new RewardPayment(paidOn, a.amount(),
                        fate == 4 ? "现金" : "银行转账", String.format("PZ-%d-%03d", paidOn.getYear(), made)),
                        false, null);
            } catch (DomainException overBalance) {
                if (!"error.reward.overBalance".equals(overBalance.messageKey())) {
                    throw overBalance;
                }
                // left as it stands: the demo fund, like a real one, does not stretch
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
