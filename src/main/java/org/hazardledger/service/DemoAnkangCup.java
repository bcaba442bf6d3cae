package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.CupStanding;
import org.hazardledger.model.Hazard;
import org.hazardledger.store.StoreSession;

/** The demo's 安康杯: last year's competition scored in full, this year's part-scored (S06). */
final class DemoAnkangCup {

    private DemoAnkangCup() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        Actor union = actors.enterpriseUnion();
        int year = today.getYear();
        CupCompetition last = AnkangCupOperations.open(s, union, CupPeriod.year(year - 1),
                (year - 1) + "年度“安康杯”竞赛");
        scoreAll(s, union, AnkangCupOperations.board(s, last.id()), random, 1.0);
        CupCompetition current = AnkangCupOperations.open(s, union, CupPeriod.year(year),
                year + "年度“安康杯”竞赛");
        // half way through the year: most scores are in, a few still to come
        scoreAll(s, union, AnkangCupOperations.board(s, current.id()), random, 0.85);
    }

    private static void scoreAll(StoreSession s, Actor actor, CupBoard board, Random random, double share) {
        for (CupStanding st : board.standings()) {
            int strength = random.nextInt(15);
            for (CupCriterion c : board.criteria()) {
                if (random.nextDouble() >= share) {
                    continue;
                }
                int tenths = 700 + strength * 10 + random.nextInt(150);
                BigDecimal score = BigDecimal.valueOf(Math.min(1000, tenths), 1);
                AnkangCupOperations.score(s, actor, board.competition().id(), st.unit().id(), c.code(), score);
            }
        }
    }
}
