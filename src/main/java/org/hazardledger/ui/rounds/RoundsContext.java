package org.hazardledger.ui.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Actor;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.hazard.PersonOption;

/**
 * What the tabs of the rounds page share: the units and people read once, and the unit last used
 * (the quick entry and the calendar start there). Kept by the page, so it lasts while one person
 * is signed in.
 */
public final class RoundsContext {

    private List<OrgUnit> units = List.of();
    private List<Person> people = List.of();
    private List<UnitOption> options = List.of();
    private UUID lastUnit;

    /** Takes what was read from the ledger. */
    public void fill(List<OrgUnit> orgUnits, List<Person> staff) {
        units = List.copyOf(orgUnits);
        people = staff.stream().filter(p -> !p.retired()).toList();
        options = UnitOption.fromUnits(orgUnits);
    }

    public List<UnitOption> units() {
        return options;
    }

    public UnitOption unit(UUID id) {
        return id == null ? null : options.stream().filter(u -> u.id().equals(id)).findFirst().orElse(null);
    }

    public void remember(UnitOption unit) {
        if (unit != null) {
            lastUnit = unit.id();
        }
    }

    /**
     * Where a form starts: the unit last used, else the unit the signed-in person answers for, else
     * the first unit inspected daily (a team or post), else the first unit.
     */
    public UnitOption defaultUnit(Actor actor) {
        UnitOption u = unit(lastUnit);
        if (u == null && actor != null) {
            u = unit(actor.scopeUnitId());
        }
        if (u == null) {
            u = options.stream().filter(o -> o.tier() == Tier.TEAM).findFirst()
                    .orElse(options.stream().filter(o -> o.tier() == Tier.POST).findFirst()
                            .orElse(options.isEmpty() ? null : options.get(0)));
        }
        return u;
    }

    /** The people who may inspect {@code unitId}: those of the unit, the units above it and just below it. */
    public List<PersonOption> inspectorsFor(UUID unitId) {
        Map<UUID, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<UUID> near = new HashSet<>();
        for (UUID id = unitId; id != null && byId.containsKey(id) && near.add(id); id = byId.get(id).parentId()) {
            // the unit and its ancestors
        }
        units.stream().filter(u -> unitId != null && unitId.equals(u.parentId())).forEach(u -> near.add(u.id()));
        List<Person> chosen = new ArrayList<>(people.stream().filter(p -> near.contains(p.unitId())).toList());
        if (chosen.isEmpty()) {
            chosen.addAll(people);
        }
        // the unit's own people first, then upwards
        chosen.sort(Comparator.comparing((Person p) -> !p.unitId().equals(unitId)).thenComparing(Person::employeeNo,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return chosen.stream().map(p -> new PersonOption(p.id(), p.name(), p.employeeNo(), unitName(byId, p.unitId())))
                .toList();
    }

    /**
     * Who inspects by default: the signed-in person when they are listed under their display name,
     * else the head of the unit (team leader, workshop director …), else its first person.
     */
    public PersonOption defaultInspector(UUID unitId, Actor actor, List<PersonOption> choices) {
        if (actor != null && actor.accountId() != null) {
            String display = actor.name().contains(" (") ? actor.name().substring(0, actor.name().indexOf(" ("))
                    : actor.name();
            for (PersonOption p : choices) {
                if (p.name().equals(display)) {
                    return p;
                }
            }
        }
        UnitOption unit = unit(unitId);
        Role head = unit == null ? null : switch (unit.tier()) {
            case POST -> Role.WORKER;
            case TEAM -> Role.TEAM_LEADER;
            case WORKSHOP -> Role.WORKSHOP_DIRECTOR;
            case PLANT -> Role.SAFETY_OFFICER;
        };
        for (Person p : people) {
            if (p.unitId().equals(unitId) && p.role() == head) {
                return find(choices, p.id());
            }
        }
        return choices.stream().filter(c -> people.stream().anyMatch(p -> p.id().equals(c.id())
                && p.unitId().equals(unitId))).findFirst().orElse(choices.isEmpty() ? null : choices.get(0));
    }

    private static PersonOption find(List<PersonOption> choices, UUID id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String unitName(Map<UUID, OrgUnit> byId, UUID id) {
        OrgUnit u = byId.get(id);
        return u == null ? "" : u.name();
    }
}
