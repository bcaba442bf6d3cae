package org.hazardledger.service;

import java.util.Objects;

/**
 * The services of the campaign around the ledger (S06), handed over together so the window, the
 * command line and the tests take one thing instead of seven.
 */
public record CampaignServices(SafetyReportService reports, RewardService rewards, TrainingService training,
                               AnkangCupService ankangCup, TeamStandardService teams, ProposalService proposals,
                               StatisticsService statistics) {

    public CampaignServices {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(rewards, "rewards");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(ankangCup, "ankangCup");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(statistics, "statistics");
    }

    /** All of them over one store and one desk's session, with the ledger's statistics. */
    public static CampaignServices over(org.hazardledger.store.Store store, UserSession session,
                                        StatisticsService statistics) {
        return new CampaignServices(new SafetyReportService(store, session), new RewardService(store, session),
                new TrainingService(store, session), new AnkangCupService(store, session),
                new TeamStandardService(store, session), new ProposalService(store, session),
                statistics);
    }
}
