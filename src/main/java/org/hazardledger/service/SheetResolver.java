package org.hazardledger.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * Resolves the names a sheet writes (unit paths, people, categories) to the ledger's records, from
 * the units, people and catalogue read ONCE per import (never a query per row). Units and people the
 * ledger does not know are planned here (new ids, generated codes) when the options say to create
 * them, so that later rows naming them again find the same planned record; nothing is written.
 *
 * <p>Units: a path "一厂/机修车间/一班" ({@value SheetLines#PATH_SEPARATOR}, spaces around it ignored,
 * an optional leading enterprise name ignored) walked down from the plants (or, when its first name
 * is no plant, from the one active unit of that name), or a bare unit name matched among all active
 * units. People: by name among active people; of several, the one in the hazard's unit subtree.
 * Categories: the user's map, then a catalogue code, its Chinese or its English name.
 */
final class SheetResolver {

    /** How resolving a text ended. */
    enum Found { FOUND, UNKNOWN, AMBIGUOUS, TOO_DEEP, TOO_LONG }

    /** A unit found or planned, or why not. */
    record UnitResult(Found found, OrgUnit unit) {
    }

    /** A person found or planned, or why not. */
    record PersonResult(Found found, Person person) {
    }

    static final int UNIT_NAME_MAX = 200;
    static final int PERSON_NAME_MAX = 100;

    private final ImportOptions options;
    private final String enterpriseName;
    private final Map<UUID, OrgUnit> units = new HashMap<>();
    private final Map<UUID, List<OrgUnit>> children = new HashMap<>();
    private final Map<String, List<OrgUnit>> unitsByName = new HashMap<>();
    private final Map<String, List<Person>> peopleByName = new HashMap<>();
    private final Map<UUID, Person> peopleById = new HashMap<>();
    private final Map<UUID, Set<UUID>> subtrees = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    private final Set<String> categoryCodes = new HashSet<>();
    private final Set<String> unitCodes = new HashSet<>();
    private final Set<String> employeeNos = new HashSet<>();
    /** Planned units in creation order (a parent before its children). */
    private final Map<UUID, OrgUnit> plannedUnits = new LinkedHashMap<>();
    /** Planned people by name, in the order first named. */
    private final Map<String, Person> plannedPeople = new LinkedHashMap<>();
    /** Each unit text resolved once: a later row naming it again gets the same answer. */
    private final Map<String, UnitResult> unitResults = new HashMap<>();
    private final Map<UUID, Person> plannedPeopleById = new HashMap<>();
    private final Set<String> unknownUnits = new LinkedHashSet<>();
    private final Set<String> unknownPeople = new LinkedHashSet<>();
    private final Set<String> unknownCategories = new LinkedHashSet<>();
    private final StoreSession session;
    private int unitSerial;
    private int personSerial;

    private SheetResolver(StoreSession s, ImportOptions options) {
        this.session = s;
        this.options = options;
        this.enterpriseName = s.organisation().enterprise().map(Enterprise::name).orElse("");
        for (OrgUnit u : s.organisation().units()) {
            unitCodes.add(u.code());
            if (!u.retired()) {
                index(u);
            }
        }
        for (Person p : s.people().all()) {
            employeeNos.add(p.employeeNo());
            if (!p.retired()) {
                peopleByName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
                peopleById.put(p.id(), p);
            }
        }
        for (CatalogEntry c : s.catalogs().list(CatalogEntry.HAZARD_CATEGORY)) {
            categoryCodes.add(c.code());
            categories.putIfAbsent(c.code(), c.code());
            categories.putIfAbsent(c.nameZh(), c.code());
            if (c.nameEn() != null) {
                categories.putIfAbsent(c.nameEn().toLowerCase(Locale.ROOT), c.code());
            }
        }
    }

    static SheetResolver load(StoreSession s, ImportOptions options) {
        return new SheetResolver(s, options);
    }

    private void index(OrgUnit u) {
        units.put(u.id(), u);
        if (u.parentId() != null) {
            children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        unitsByName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
    }

    // --- units -----------------------------------------------------------------------------------

    /** The names of a unit text: split at the separator, blanks dropped, a leading enterprise name dropped. */
    List<String> unitNames(String text) {
        List<String> names = new ArrayList<>(Arrays.stream(text.split(SheetLines.PATH_SEPARATOR))
                .map(String::strip).filter(n -> !n.isEmpty()).toList());
        if (names.size() > 1 && names.get(0).equals(enterpriseName)) {
            names.remove(0);
        }
        return names;
    }

    UnitResult unit(String text) {
        UnitResult known = unitResults.get(text);
        if (known != null) {
            return known;
        }
        UnitResult found = resolveUnit(text);
        unitResults.put(text, found);
        return found;
    }

    private UnitResult resolveUnit(String text) {
        UUID mapped = options.unitMap().get(text);
        if (mapped != null) {
            OrgUnit u = units.get(mapped);
            return u == null ? new UnitResult(Found.UNKNOWN, null) : new UnitResult(Found.FOUND, u);
        }
        List<String> names = unitNames(text);
        if (names.isEmpty()) {
            return new UnitResult(Found.UNKNOWN, null);
        }
        if (names.stream().anyMatch(n -> n.length() > UNIT_NAME_MAX)) {
            return new UnitResult(Found.TOO_LONG, null);
        }
        if (names.size() == 1) {
            return bareUnit(text, names.get(0));
        }
        return pathUnit(text, names);
    }

    private UnitResult bareUnit(String text, String name) {
        List<OrgUnit> named = unitsByName.getOrDefault(name, List.of());
        if (named.size() == 1) {
            OrgUnit u = named.get(0);
            if (!plannedUnits.containsKey(u.id())) {
                return new UnitResult(Found.FOUND, u);
            }
            unknownUnits.add(text);
            return new UnitResult(Found.FOUND, u);
        }
        if (named.size() > 1) {
            return new UnitResult(Found.AMBIGUOUS, null);
        }
        unknownUnits.add(text);
        if (!options.createUnits()) {
            return new UnitResult(Found.UNKNOWN, null);
        }
        return new UnitResult(Found.FOUND, plan(null, Tier.PLANT, name));
    }

    private UnitResult pathUnit(String text, List<String> names) {
        OrgUnit at = roots().stream().filter(u -> u.name().equals(names.get(0))).findFirst().orElse(null);
        if (at == null) {
            List<OrgUnit> named = unitsByName.getOrDefault(names.get(0), List.of());
            if (named.size() > 1) {
                return new UnitResult(Found.AMBIGUOUS, null);
            }
            at = named.isEmpty() ? null : named.get(0);
        }
        int i = 1;
        while (at != null && i < names.size()) {
            OrgUnit parent = at;
            String name = names.get(i);
            OrgUnit child = children.getOrDefault(parent.id(), List.of()).stream()
                    .filter(u -> u.name().equals(name)).findFirst().orElse(null);
            if (child == null) {
                break;
            }
            at = child;
            i++;
        }
        boolean complete = at != null && i == names.size();
        if (complete && !plannedUnits.containsKey(at.id())) {
            return new UnitResult(Found.FOUND, at);
        }
        unknownUnits.add(text);
        if (complete) {
            return new UnitResult(Found.FOUND, at);
        }
        Tier firstTier = at == null ? Tier.PLANT : below(at.tier());
        int missing = names.size() - (at == null ? 0 : i);
        if (firstTier == null || firstTier.ordinal() + 1 < missing) {
            return new UnitResult(Found.TOO_DEEP, null);
        }
        if (!options.createUnits()) {
            return new UnitResult(Found.UNKNOWN, null);
        }
        for (int k = at == null ? 0 : i; k < names.size(); k++) {
            at = plan(at == null ? null : at.id(), at == null ? Tier.PLANT : below(at.tier()), names.get(k));
        }
        return new UnitResult(Found.FOUND, at);
    }

    private List<OrgUnit> roots() {
        return units.values().stream().filter(u -> u.parentId() == null).toList();
    }

    private static Tier below(Tier t) {
        return t.ordinal() == 0 ? null : Tier.values()[t.ordinal() - 1];
    }

    private OrgUnit plan(UUID parentId, Tier tier, String name) {
        String code;
        do {
            code = String.format("IMP-%04d", ++unitSerial);
        } while (unitCodes.contains(code));
        unitCodes.add(code);
        OrgUnit u = new OrgUnit(session.newId(), parentId, tier, code, name, false);
        plannedUnits.put(u.id(), u);
        index(u);
        return u;
    }

    /** The unit and every active (or planned) unit below it. */
    Set<UUID> subtree(UUID root) {
        return subtrees.computeIfAbsent(root, r -> {
            Set<UUID> out = new HashSet<>();
            Deque<UUID> todo = new ArrayDeque<>(List.of(r));
            while (!todo.isEmpty()) {
                UUID id = todo.pop();
                if (out.add(id)) {
                    children.getOrDefault(id, List.of()).forEach(c -> todo.push(c.id()));
                }
            }
            return out;
        });
    }

    boolean isPlanned(UUID unitId) {
        return plannedUnits.containsKey(unitId);
    }

    OrgUnit unitById(UUID id) {
        return units.get(id);
    }

    /** The planned unit and its planned ancestors, top first. */
    List<OrgUnit> plannedChain(UUID unitId) {
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit u = plannedUnits.get(unitId); u != null; u = u.parentId() == null ? null
                : plannedUnits.get(u.parentId())) {
            chain.add(0, u);
        }
        return chain;
    }

    List<OrgUnit> plannedUnits() {
        return List.copyOf(plannedUnits.values());
    }

    // --- people ----------------------------------------------------------------------------------

    /** A person by name for a hazard in {@code unitId} (null when its unit is unknown). */
    PersonResult person(String name, UUID unitId) {
        UUID mapped = options.personMap().get(name);
        if (mapped != null) {
            Person p = peopleById.get(mapped);
            return p == null ? new PersonResult(Found.UNKNOWN, null) : new PersonResult(Found.FOUND, p);
        }
        Person planned = plannedPeople.get(name);
        if (planned != null) {
            unknownPeople.add(name);
            return new PersonResult(Found.FOUND, planned);
        }
        List<Person> named = peopleByName.getOrDefault(name, List.of());
        if (named.size() == 1) {
            return new PersonResult(Found.FOUND, named.get(0));
        }
        if (named.size() > 1) {
            if (unitId != null) {
                Set<UUID> below = subtree(unitId);
                List<Person> near = named.stream().filter(p -> below.contains(p.unitId())).toList();
                if (near.size() == 1) {
                    return new PersonResult(Found.FOUND, near.get(0));
                }
            }
            return new PersonResult(Found.AMBIGUOUS, null);
        }
        if (name.length() > PERSON_NAME_MAX) {
            return new PersonResult(Found.TOO_LONG, null);
        }
        unknownPeople.add(name);
        if (!options.createPeople() || unitId == null) {
            return new PersonResult(Found.UNKNOWN, null);
        }
        String employeeNo;
        do {
            employeeNo = String.format("IMP-%05d", ++personSerial);
        } while (employeeNos.contains(employeeNo));
        employeeNos.add(employeeNo);
        Person p = new Person(session.newId(), unitId, employeeNo, name, Role.WORKER, null, false);
        plannedPeople.put(name, p);
        plannedPeopleById.put(p.id(), p);
        return new PersonResult(Found.FOUND, p);
    }

    /** The planned person of this id, or null. */
    Person plannedPerson(UUID id) {
        return plannedPeopleById.get(id);
    }

    List<Person> plannedPeople() {
        return List.copyOf(plannedPeople.values());
    }

    // --- categories ------------------------------------------------------------------------------

    /** The catalogue code the text names, or null (then listed as unknown). */
    String category(String text) {
        String mapped = options.categoryMap().get(text);
        if (mapped != null && categoryCodes.contains(mapped)) {
            return mapped;
        }
        String code = categories.get(text);
        if (code == null) {
            code = categories.get(text.toLowerCase(Locale.ROOT));
        }
        if (code == null) {
            unknownCategories.add(text);
        }
        return code;
    }

    List<String> unknownUnits() {
        return List.copyOf(unknownUnits);
    }

    List<String> unknownPeople() {
        return List.copyOf(unknownPeople);
    }

    List<String> unknownCategories() {
        return List.copyOf(unknownCategories);
    }
}
