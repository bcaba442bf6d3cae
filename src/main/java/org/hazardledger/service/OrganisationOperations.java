package org.hazardledger.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnitEntry;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/** Walks the organisation tree inside a transaction. */
final class OrganisationOperations {

    private OrganisationOperations() {
    }

    /** The unit and every unit below it. */
    static Set<UUID> subtree(StoreSession s, UUID root) {
        List<OrgUnit> units = s.organisation().units();
        Set<UUID> result = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            if (result.add(id)) {
                units.stream().filter(u -> id.equals(u.parentId())).forEach(u -> todo.push(u.id()));
            }
        }
        return result;
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies below it: a walk up the parents, a few lookups. */
    static boolean isWithin(StoreSession s, UUID unitId, UUID ancestorId) {
        UUID at = unitId;
        // Bounded by the four tiers; the guard only protects against a corrupt (cyclic) tree.
        for (int depth = 0; at != null && depth < 16; depth++) {
            if (at.equals(ancestorId)) {
                return true;
            }
            at = s.organisation().unit(at).map(OrgUnit::parentId).orElse(null);
        }
        return false;
    }

    /** "一厂 / 机修车间 / 钳工班" : the names from the plant down to the unit. */
    static String unitPath(StoreSession s, UUID unitId) {
        Map<UUID, OrgUnit> byId = s.organisation().units().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        List<String> names = new ArrayList<>();
        for (OrgUnit u = byId.get(unitId); u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
            names.add(0, u.name());
        }
        return String.join(" / ", names);
    }

    static OrgUnit addUnit(StoreSession s, Actor actor, UUID parentId, Tier tier, String code, String name) {
        Enterprise e = enterprise(s);
        List<FieldError> errors = new ArrayList<>();
        if (parentId == null && tier != Tier.PLANT) {
            errors.add(FieldError.of("parent", "validation.unit.parentRequired"));
        }
        if (parentId != null) {
            OrgUnit parent = s.organisation().unit(parentId).orElse(null);
            if (parent == null || parent.retired()) {
                errors.add(FieldError.of("parent", "validation.unit.unknown"));
            } else if (parent.tier().ordinal() != tier.ordinal() + 1) {
                errors.add(FieldError.of("tier", "validation.unit.tierUnderParent"));
            }
        }
        requireText(errors, "code", code, 40);
        requireText(errors, "name", name, 200);
        if (code != null && s.organisation().unitByCode(code.strip()).isPresent()) {
            errors.add(FieldError.of("code", "validation.code.taken"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        OrgUnit u = new OrgUnit(s.newId(), parentId, tier, code.strip(), name.strip(), false);
        s.organisation().insertUnit(e.id(), u);
        s.events().append(actor.name(), "org_unit", u.id(), "ADD", new EventPayload().put("parent", parentId)
                .put("tier", tier).put("code", u.code()).put("name", u.name()).toJson());
        return u;
    }

    static Person addPerson(StoreSession s, Actor actor, UUID unitId, String employeeNo, String name, Role role) {
        Enterprise e = enterprise(s);
        List<FieldError> errors = new ArrayList<>();
        if (unitId == null || s.organisation().unit(unitId).isEmpty()) {
            errors.add(FieldError.of("unit", "validation.unit.unknown"));
        }
        requireText(errors, "employeeNo", employeeNo, 40);
        requireText(errors, "name", name, 100);
        if (role == null) {
            errors.add(FieldError.of("role", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (s.people().byEmployeeNo(e.id(), employeeNo.strip()).isPresent()) {
            throw new ValidationException(List.of(FieldError.of("employeeNo", "validation.employeeNo.taken")));
        }
        Person p = new Person(s.newId(), unitId, employeeNo.strip(), name.strip(), role, null, false);
        // A union office makes its holder a member of the body they serve.
        s.people().insert(e.id(), new PersonEntry(p, 1,
                new PersonEdit(unitId, null, null, role, false, null, null).normalised()
                        .unionMember(), null, null));
        s.events().append(actor.name(), "person", p.id(), "ADD", new EventPayload().put("unit", unitId)
                .put("employeeNo", p.employeeNo()).put("name", p.name()).put("role", role).toJson());
        return p;
    }

    /** Only clerks and administrators change the organisation; a process (init, the demo) builds it. */
    static void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw new DomainException("error.organisation.forbidden", actor.role().labelKey());
        }
    }

    static boolean mayEdit(Actor actor) {
        AccountRole role = actor.role();
        return role == null || role == AccountRole.CLERK || role == AccountRole.ADMIN;
    }

    static UnitEntry renameUnit(StoreSession s, Actor actor, UUID id, int revision, String name) {
        UnitEntry seen = current(s, id, revision);
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, "name", name, 200);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        OrgUnit u = seen.unit();
        if (u.name().equals(name.strip())) {
            return seen;
        }
        UnitEntry saved = s.organisation().updateUnit(seen, withChange(u, u.parentId(), name.strip(), u.retired()));
        s.events().append(actor.name(), "org_unit", id, "RENAME",
                new EventPayload().change("name", u.name(), saved.unit().name()).toJson());
        return saved;
    }

    /**
     * Moves a unit with everything below it under another parent exactly one tier above it. Its
     * hazards keep pointing at the unit, so they follow it into the new parent's subtree.
     */
    static UnitEntry moveUnit(StoreSession s, Actor actor, UUID id, int revision, UUID newParentId) {
        UnitEntry seen = current(s, id, revision);
        OrgUnit u = seen.unit();
        if (u.tier() == Tier.PLANT) {
            throw new ValidationException(List.of(FieldError.of("parent", "validation.unit.plantHasNoParent")));
        }
        OrgUnit parent = newParentId == null ? null : s.organisation().unit(newParentId).orElse(null);
        if (parent == null || parent.retired()) {
            throw new ValidationException(List.of(FieldError.of("parent", "validation.unit.unknown")));
        }
        if (subtree(s, id).contains(newParentId)) {
            throw new ValidationException(List.of(FieldError.of("parent", "validation.unit.cycle")));
        }
        if (parent.tier().ordinal() != u.tier().ordinal() + 1) {
            throw new ValidationException(List.of(FieldError.of("parent", "validation.unit.tierUnderParent")));
        }
        if (newParentId.equals(u.parentId())) {
            return seen;
        }
        String before = unitPath(s, id);
        UnitEntry saved = s.organisation().updateUnit(seen, withChange(u, newParentId, u.name(), u.retired()));
        s.events().append(actor.name(), "org_unit", id, "MOVE", new EventPayload()
                .change("parent", u.parentId(), newParentId).change("path", before, unitPath(s, id)).toJson());
        return saved;
    }

    /**
     * Retires a unit that has nothing active left under it and no open hazards. Its closed hazards
     * stay in the ledger under its name; the unit itself stays in the tree, greyed.
     */
    static UnitEntry retireUnit(StoreSession s, Actor actor, UUID id, int revision) {
        UnitEntry seen = current(s, id, revision);
        OrgUnit u = seen.unit();
        if (u.retired()) {
            throw new DomainException("error.unit.alreadyRetired", u.name());
        }
        long children = s.organisation().units().stream()
                .filter(c -> id.equals(c.parentId()) && !c.retired()).count();
        int openHazards = s.organisation().openHazardCount(id);
        if (children > 0 || openHazards > 0) {
            throw new DomainException("error.unit.retireBlocked", u.name(), children, openHazards);
        }
        UnitEntry saved = s.organisation().updateUnit(seen, withChange(u, u.parentId(), u.name(), true));
        s.events().append(actor.name(), "org_unit", id, "RETIRE",
                new EventPayload().change("retired", false, true).toJson());
        return saved;
    }

    static UnitEntry reinstateUnit(StoreSession s, Actor actor, UUID id, int revision) {
        UnitEntry seen = current(s, id, revision);
        OrgUnit u = seen.unit();
        if (!u.retired()) {
            throw new DomainException("error.unit.notRetired", u.name());
        }
        OrgUnit parent = u.parentId() == null ? null : s.organisation().unit(u.parentId()).orElse(null);
        if (parent != null && parent.retired()) {
            throw new DomainException("error.unit.parentRetired", u.name(), parent.name());
        }
        UnitEntry saved = s.organisation().updateUnit(seen, withChange(u, u.parentId(), u.name(), false));
        s.events().append(actor.name(), "org_unit", id, "REINSTATE",
                new EventPayload().change("retired", true, false).toJson());
        return saved;
    }

    /** The unit as the user saw it: a different revision means someone changed it in between. */
    private static UnitEntry current(StoreSession s, UUID id, int revision) {
        UnitEntry e = s.organisation().unitEntry(id)
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("unit", "validation.unit.unknown"))));
        if (e.revision() != revision) {
            throw new StaleRecordException("error.unit.stale", e.unit().name());
        }
        return e;
    }

    private static OrgUnit withChange(OrgUnit u, UUID parentId, String name, boolean retired) {
        return new OrgUnit(u.id(), parentId, u.tier(), u.code(), name, retired);
    }

    static Enterprise enterprise(StoreSession s) {
        return s.organisation().enterprise().orElseThrow(() -> new DomainException("error.ledger.notInitialised"));
    }

    static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }
}
