package org.hazardledger.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.TeamAssessmentDraft;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The demo's standardised-safe-team self-assessments: most teams assessed this year and passing,
 * some failing in a section or on the total, some assessed only last year, some never (S06).
 */
final class DemoTeams {

    private DemoTeams() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        List<TeamCheckItem> checklist = CampaignSeeds.ensureTeamChecklist(s);
        Actor clerk = actors.clerk();
        List<OrgUnit> teams = org.all(Tier.TEAM);
        for (int i = 0; i < teams.size(); i++) {
            OrgUnit team = teams.get(i);
            Person leader = people.teamLeader(team);
            String assessor = leader == null ? clerk.name() : leader.name();
            int kind = i % 10;
            if (kind == 9) {
                continue; // never assessed
            }
            if (kind == 8 || kind == 3) {
                // last year's assessment only (kind 3 also has a failing one before it)
                LocalDate lastYear = LocalDate.of(today.getYear() - 1, 11, 10 + random.nextInt(15));
                record(s, clerk, team, lastYear, assessor, points(checklist, random, kind == 3 ? Mode.WEAK_SECTION
                        : Mode.GOOD));
                if (kind == 8) {
                    continue;
                }
            }
            LocalDate day = today.minusDays(7 + random.nextInt(Math.max(1, today.getDayOfYear() - 8)));
            Mode mode = kind == 2 ? Mode.WEAK_SECTION : kind == 5 ? Mode.LOW_TOTAL : Mode.GOOD;
            record(s, clerk, team, day, assessor, points(checklist, random, mode));
        }
    }

    private enum Mode { GOOD, WEAK_SECTION, LOW_TOTAL }

    private static void record(StoreSession s, Actor actor, OrgUnit team, LocalDate day, String assessor,
                               Map<String, Integer> points) {
        TeamStandardOperations.assess(s, actor, new TeamAssessmentDraft(team.id(), day, assessor, points, null));
    }

    private static Map<String, Integer> points(List<TeamCheckItem> checklist, Random random, Mode mode) {
        String weak = checklist.get(random.nextInt(checklist.size())).sectionCode();
        Map<String, Integer> out = new HashMap<>();
        for (TeamCheckItem item : checklist) {
            int max = item.maxPoints();
            int p = switch (mode) {
                case GOOD -> max - (random.nextInt(4) == 0 ? 1 : 0);
                case WEAK_SECTION -> item.sectionCode().equals(weak) ? random.nextInt(2) : max;
                case LOW_TOTAL -> Math.max(0, max - 1 - random.nextInt(2));
            };
            out.put(item.code(), Math.max(0, Math.min(max, p)));
        }
        return out;
    }
}
