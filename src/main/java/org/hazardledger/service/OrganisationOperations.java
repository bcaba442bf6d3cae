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
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
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
        Person p = new Person(s.newId(), unitId, employeeNo.strip(), name.strip(), role, null, false);
        s.people().insert(e.id(), p);
        s.events().append(actor.name(), "person", p.id(), "ADD", new EventPayload().put("unit", unitId)
                .put("employeeNo", p.employeeNo()).put("name", p.name()).put("role", role).toJson());
        return p;
    }

    private static Enterprise enterprise(StoreSession s) {
        return s.organisation().enterprise().orElseThrow(() -> new DomainException("error.ledger.notInitialised"));
    }

    private static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }
}
