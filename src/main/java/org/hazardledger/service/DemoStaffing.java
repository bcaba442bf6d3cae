package org.hazardledger.service;

import java.util.List;
import java.util.Random;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Tier;

/**
 * Where a demo hazard turns up and who deals with it, following the four tiers: a post check finds
 * hazards at posts, the team leader fixes what the team can, the workshop director what the
 * workshop can, and the plant's safety officers the rest; each is accepted one level up.
 */
final class DemoStaffing {

    private final DemoOrganisation org;
    private final DemoPeople people;
    private final Random rng;

    DemoStaffing(DemoOrganisation org, DemoPeople people, Random rng) {
        this.org = org;
        this.people = people;
        this.rng = rng;
    }

    /** The unit a hazard is registered at: the level the source inspects, inside {@code workshop}. */
    OrgUnit unitFor(HazardSource source, DemoTemplate t, OrgUnit workshop) {
        Tier tier = switch (source) {
            case POST_CHECK -> Tier.POST;
            case TEAM_CHECK -> DemoPick.weighted(rng, List.of(Tier.TEAM, Tier.POST), 60, 40);
            case WORKSHOP_CHECK -> DemoPick.weighted(rng, List.of(Tier.WORKSHOP, Tier.TEAM, Tier.POST), 40, 30, 30);
            case PLANT_CHECK, SPECIAL_INSPECTION, FEDERATION_INSPECTION -> DemoPick.weighted(rng,
                    List.of(Tier.PLANT, Tier.WORKSHOP, Tier.TEAM, Tier.POST), 20, 50, 15, 15);
            case WORKER_REPORT, HOTLINE_12350 -> DemoPick.weighted(rng, List.of(Tier.POST, Tier.TEAM), 60, 40);
            case UNION_SUPERVISION -> DemoPick.weighted(rng, List.of(Tier.WORKSHOP, Tier.TEAM, Tier.POST), 30, 40, 30);
        };
        return switch (tier) {
            case PLANT -> org.above(workshop, Tier.PLANT);
            case WORKSHOP -> workshop;
            // Through a post, so a team with a post the template hints at is the likelier one.
            case TEAM -> org.above(post(t, workshop), Tier.TEAM);
            case POST -> post(t, workshop);
        };
    }

    private OrgUnit post(DemoTemplate t, OrgUnit workshop) {
        List<OrgUnit> posts = org.below(workshop, Tier.POST);
        List<OrgUnit> hinted = posts.stream().filter(p -> t.hintedAt(p.name())).toList();
        return DemoPick.one(rng, hinted.isEmpty() ? posts : hinted);
    }

    /** Who found it, by the channel it came through. */
    Person finder(HazardSource source, OrgUnit unit, OrgUnit workshop) {
        OrgUnit plant = org.above(workshop, Tier.PLANT);
        return switch (source) {
            case POST_CHECK, WORKER_REPORT, HOTLINE_12350 -> DemoPick.one(rng, workersAt(unit));
            case TEAM_CHECK -> people.teamLeader(team(unit, workshop));
            case WORKSHOP_CHECK -> DemoPick.chance(rng, 0.7) ? people.director(workshop) : safetyOfficer(plant);
            case PLANT_CHECK -> DemoPick.chance(rng, 0.7) ? safetyOfficer(plant) : people.principal();
            case SPECIAL_INSPECTION -> safetyOfficer(plant);
            case UNION_SUPERVISION -> DemoPick.weighted(rng, List.of(people.labourInspector(workshop),
                    people.unionGroupLeader(team(unit, workshop)), people.workshopUnionChair(workshop)), 50, 30, 20);
            // The federation's inspectors are outsiders: the enterprise union chair records what they found.
            case FEDERATION_INSPECTION -> people.enterpriseUnionChair();
        };
    }

    /** Who rectifies: the post's worker (the finder, when a post check found it), else the tier's head. */
    Person responsible(Tier tier, OrgUnit unit, OrgUnit workshop, Person postFinder) {
        return switch (tier) {
            case POST -> postFinder != null ? postFinder : DemoPick.one(rng, people.workers(unit));
            case TEAM -> people.teamLeader(org.above(unit, Tier.TEAM));
            case WORKSHOP -> people.director(workshop);
            case PLANT -> safetyOfficer(org.above(workshop, Tier.PLANT));
        };
    }

    /** Who accepts: the head of the level above the rectifying tier; the principal for the plant. */
    Person acceptor(Tier tier, OrgUnit unit, OrgUnit workshop) {
        return switch (tier) {
            case POST -> people.teamLeader(org.above(unit, Tier.TEAM));
            case TEAM -> people.director(workshop);
            case WORKSHOP -> safetyOfficer(org.above(workshop, Tier.PLANT));
            case PLANT -> people.principal();
        };
    }

    /** Follow-up checks are the union inspectors' and the safety officers' work. */
    Person rechecker(OrgUnit workshop) {
        return DemoPick.chance(rng, 0.5) ? people.labourInspector(workshop)
                : safetyOfficer(org.above(workshop, Tier.PLANT));
    }

    private Person safetyOfficer(OrgUnit plant) {
        return DemoPick.one(rng, people.safetyOfficers(plant));
    }

    private OrgUnit team(OrgUnit unit, OrgUnit workshop) {
        return unit.tier().ordinal() <= Tier.TEAM.ordinal() ? org.above(unit, Tier.TEAM)
                : DemoPick.one(rng, org.below(workshop, Tier.TEAM));
    }

    private List<Person> workersAt(OrgUnit unit) {
        return org.below(unit, Tier.POST).stream().flatMap(p -> people.workers(p).stream()).toList();
    }
}
