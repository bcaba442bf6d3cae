package org.hazardledger.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The demo's people: the principal and the enterprise union chair, safety officers per plant, a
 * director, a union chair and a labour inspector per workshop, a leader and a union group leader
 * per team, and workers at every post.
 */
final class DemoPeople {

    static final int TOTAL = 300;
    private static final int SAFETY_OFFICERS_PER_PLANT = 2;

    private final StoreSession s;
    private final Actor actor;
    private final Iterator<String> names;
    private int hired;
    private Person principal;
    private Person enterpriseUnionChair;
    private final Map<UUID, List<Person>> safetyOfficers = new HashMap<>();
    private final Map<UUID, Person> directors = new HashMap<>();
    private final Map<UUID, Person> workshopUnionChairs = new HashMap<>();
    private final Map<UUID, Person> labourInspectors = new HashMap<>();
    private final Map<UUID, Person> teamLeaders = new HashMap<>();
    private final Map<UUID, Person> unionGroupLeaders = new HashMap<>();
    private final Map<UUID, List<Person>> workers = new HashMap<>();

    private DemoPeople(StoreSession s, Actor actor, List<String> names) {
        this.s = s;
        this.actor = actor;
        this.names = names.iterator();
    }

    static DemoPeople hire(StoreSession s, Actor actor, DemoOrganisation org, DemoSeeds seeds, Random rng) {
        DemoPeople p = new DemoPeople(s, actor, DemoNames.draw(rng, seeds.surnames(), seeds.givenNames(), TOTAL));
        List<OrgUnit> plants = org.all(Tier.PLANT);
        // The enterprise itself is no org unit: its leaders sit in the first plant.
        p.principal = p.add(plants.get(0), Role.PRINCIPAL);
        p.enterpriseUnionChair = p.add(plants.get(0), Role.ENTERPRISE_UNION_CHAIR);
        for (OrgUnit plant : plants) {
            for (int i = 0; i < SAFETY_OFFICERS_PER_PLANT; i++) {
                p.safetyOfficers.computeIfAbsent(plant.id(), k -> new ArrayList<>())
                        .add(p.add(plant, Role.SAFETY_OFFICER));
            }
        }
        for (OrgUnit w : org.all(Tier.WORKSHOP)) {
            p.directors.put(w.id(), p.add(w, Role.WORKSHOP_DIRECTOR));
            p.workshopUnionChairs.put(w.id(), p.add(w, Role.WORKSHOP_UNION_CHAIR));
            p.labourInspectors.put(w.id(), p.add(DemoPick.one(rng, org.below(w, Tier.POST)), Role.LABOUR_INSPECTOR));
        }
        for (OrgUnit t : org.all(Tier.TEAM)) {
            p.teamLeaders.put(t.id(), p.add(t, Role.TEAM_LEADER));
            p.unionGroupLeaders.put(t.id(), p.add(DemoPick.one(rng, org.children(t)), Role.UNION_GROUP_LEADER));
        }
        p.staffPosts(org.all(Tier.POST), rng);
        return p;
    }

    /** Shares the remaining head count over the posts: every post gets as many, a few one more. */
    private void staffPosts(List<OrgUnit> posts, Random rng) {
        int left = TOTAL - hired;
        List<OrgUnit> luckier = new ArrayList<>(posts);
        Collections.shuffle(luckier, rng);
        List<OrgUnit> extra = luckier.subList(0, left % posts.size());
        for (OrgUnit post : posts) {
            int n = left / posts.size() + (extra.contains(post) ? 1 : 0);
            for (int i = 0; i < n; i++) {
                workers.computeIfAbsent(post.id(), k -> new ArrayList<>()).add(add(post, Role.WORKER));
            }
        }
    }

    private Person add(OrgUnit unit, Role role) {
        hired++;
        return OrganisationOperations.addPerson(s, actor, unit.id(), String.format("JC%05d", 10000 + hired),
                names.next(), role);
    }

    int count() {
        return hired;
    }

    Person principal() {
        return principal;
    }

    Person enterpriseUnionChair() {
        return enterpriseUnionChair;
    }

    List<Person> safetyOfficers(OrgUnit plant) {
        return safetyOfficers.get(plant.id());
    }

    Person director(OrgUnit workshop) {
        return directors.get(workshop.id());
    }

    Person workshopUnionChair(OrgUnit workshop) {
        return workshopUnionChairs.get(workshop.id());
    }

    Person labourInspector(OrgUnit workshop) {
        return labourInspectors.get(workshop.id());
    }

    Person teamLeader(OrgUnit team) {
        return teamLeaders.get(team.id());
    }

    Person unionGroupLeader(OrgUnit team) {
        return unionGroupLeaders.get(team.id());
    }

    /** The workers at {@code post}. */
    List<Person> workers(OrgUnit post) {
        return workers.getOrDefault(post.id(), List.of());
    }
}
