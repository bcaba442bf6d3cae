package org.hazardledger.service;

import java.util.UUID;

import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The people the demo acts as, each with the role the rules ask for: the safety officer keeps the
 * ledger, the principal approves major plans, and the union body of the hazard's tier (工会小组,
 * 车间分会, 企业工会) signs off.
 */
final class DemoActors {

    private final DemoPeople people;
    private final Actor clerk;
    private final Actor principal;
    private HazardNumber previous;
    private final DemoMajorHazards majors;

    DemoActors(DemoPeople people, OrgUnit firstPlant, DemoMajorHazards majors) {
        this.people = people;
        this.majors = majors;
        this.clerk = new Actor(people.safetyOfficers(firstPlant).get(0).name(), AccountRole.CLERK, null, null);
        this.principal = new Actor(people.principal().name(), AccountRole.PRINCIPAL, null, null);
    }

    /** The number of the hazard registered last, which a duplicate repeats. */
    HazardNumber previous() {
        return previous;
    }

    void registered(HazardNumber number) {
        previous = number;
    }

    /** Keeps the major hazards' own files as the walks go. */
    DemoMajorHazards majors() {
        return majors;
    }

    Actor clerk() {
        return clerk;
    }

    Actor principal() {
        return principal;
    }

    /** The enterprise union's chair, who answers for the whole enterprise. */
    Actor enterpriseUnion() {
        return new Actor(people.enterpriseUnionChair().name(), AccountRole.UNION_MEMBER, null, null);
    }

    /** The union member who signs for {@code h}: of the unit above the hazard's at the tier that answers. */
    Actor unionFor(StoreSession s, Hazard h) {
        Tier tier = h.grading().rectifyingTier().answerableTier();
        OrgUnit unit = ancestorAt(s, h.registration().unitId(), tier);
        Person p = switch (tier) {
            case TEAM -> people.unionGroupLeader(unit);
            case WORKSHOP -> people.workshopUnionChair(unit);
            default -> people.enterpriseUnionChair();
        };
        UUID scope = tier == Tier.PLANT ? null : unit.id();
        return new Actor(p.name(), AccountRole.UNION_MEMBER, null, scope);
    }

    static OrgUnit ancestorAt(StoreSession s, UUID unitId, Tier tier) {
        OrgUnit u = s.organisation().unit(unitId).orElseThrow();
        while (u.tier() != tier && u.parentId() != null) {
            u = s.organisation().unit(u.parentId()).orElseThrow();
        }
        return u;
    }
}
