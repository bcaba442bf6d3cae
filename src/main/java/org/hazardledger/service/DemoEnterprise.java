package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.Random;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.Industry;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * Generates the demo enterprise from {@code seeds/demo/} with a fixed random seed, relative to
 * today: the same ledger every time for the same day. Everything goes through the ordinary
 * operations, so the demo passes the checks and fills the audit trail as real work would.
 */
final class DemoEnterprise {

    /** Fixed, so the demo is reproducible. People and hazards draw from separate streams, so that
     * editing the name lists does not reshuffle the hazards. */
    private static final long SEED = 20_150_601L;
    private static final int REPORT_EVERY = 50;

    private DemoEnterprise() {
    }

    static Enterprise load(StoreSession s, Actor actor, LocalDate today, Progress progress, PasswordHasher hasher) {
        progress.checkCancelled();
        DemoSeeds seeds = DemoSeeds.read();
        Enterprise e = new Enterprise(s.newId(), seeds.enterpriseName(), seeds.enterpriseShortName(),
                Industry.valueOf(seeds.industry()), null);
        s.organisation().insertEnterprise(e);
        long total = seeds.units().size() + DemoPeople.TOTAL + DemoHazards.COUNT;

        DemoOrganisation org = DemoOrganisation.create(s, actor, seeds.units());
        progress.update(org.size(), total);
        progress.checkCancelled();

        DemoPeople people = DemoPeople.hire(s, actor, org, seeds, new Random(SEED + 1));
        long done = (long) org.size() + people.count();
        progress.update(done, total);
        progress.checkCancelled();

        List<DemoHazardPlan> plans = new DemoHazards(seeds, org, people, new Random(SEED + 2), today).plan();
        DemoActors actors = new DemoActors(people, org.all(Tier.PLANT).get(0),
                new DemoMajorHazards(seeds, new Random(SEED + 4)));
        int n = 0;
        List<Hazard> enacted = new ArrayList<>(plans.size());
        for (DemoHazardPlan plan : plans) {
            enacted.add(plan.enact(s, actors, seeds));
            n++;
            if (n % REPORT_EVERY == 0 || n == plans.size()) {
                progress.update(done + n, total);
                progress.checkCancelled();
            }
        }
        DemoUnionRecords.issue(s, actors, seeds, enacted, new Random(SEED + 5), today);
        DemoRounds.hold(s, actor, org, people, enacted, new Random(SEED + 6), today,
                seeds.phrase("round_fixed_on_the_spot"));
        DemoAttachments.attach(s, actors.clerk(), enacted, new Random(SEED + 7));
        DemoRiskPoints.create(s, actor, org, people, enacted, new Random(SEED + 8));
        DemoAccounts.create(s, actor, org, people, hasher);
        DemoReports.create(s, actors, org, people, enacted, new Random(SEED + 9), today);
        DemoRewards.create(s, actors, org, people, enacted, new Random(SEED + 10), today);
        DemoTraining.create(s, actors, org, people, enacted, new Random(SEED + 11), today);
        DemoAnkangCup.create(s, actors, org, people, enacted, new Random(SEED + 12), today);
        DemoTeams.create(s, actors, org, people, enacted, new Random(SEED + 13), today);
        DemoProposals.create(s, actors, org, people, enacted, new Random(SEED + 14), today);
        return e;
    }
}
