package org.hazardledger.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.UnionBody;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/** The organisation editor's steps for people and union bodies, inside a transaction. */
final class PersonOperations {

    private PersonOperations() {
    }

    static PersonEntry add(StoreSession s, Actor actor, PersonEdit input) {
        Enterprise e = OrganisationOperations.enterprise(s);
        PersonEdit edit = checked(s, null, input);
        Person p = new Person(s.newId(), edit.unitId(), edit.employeeNo(), edit.name(), edit.role(), null, false);
        PersonEntry entry = new PersonEntry(p, 1, edit.unionMember(), edit.certificateNo(), edit.appointedBy());
        s.people().insert(e.id(), entry);
        s.events().append(actor.name(), "person", p.id(), "ADD", new EventPayload().put("unit", p.unitId())
                .put("employeeNo", p.employeeNo()).put("name", p.name()).put("role", p.role())
                .put("unionMember", entry.unionMember()).put("certificateNo", entry.certificateNo())
                .put("appointedBy", entry.appointedBy()).toJson());
        return entry;
    }

    static PersonEntry edit(StoreSession s, Actor actor, UUID id, int revision, PersonEdit input) {
        PersonEntry seen = current(s, id, revision);
        PersonEdit edit = checked(s, id, input);
        Person was = seen.person();
        Person p = new Person(id, edit.unitId(), edit.employeeNo(), edit.name(), edit.role(), was.phone(), was.retired());
        PersonEntry saved = s.people().update(seen,
                new PersonEntry(p, revision, edit.unionMember(), edit.certificateNo(), edit.appointedBy()));
        s.events().append(actor.name(), "person", id, "EDIT", new EventPayload()
                .change("unit", was.unitId(), p.unitId()).change("employeeNo", was.employeeNo(), p.employeeNo())
                .change("name", was.name(), p.name()).change("role", was.role(), p.role())
                .change("unionMember", seen.unionMember(), saved.unionMember())
                .change("certificateNo", seen.certificateNo(), saved.certificateNo())
                .change("appointedBy", seen.appointedBy(), saved.appointedBy()).toJson());
        return saved;
    }

    /**
     * A person leaves: refused while open hazards still name them as responsible or acceptor, or an
     * account still signs in as them, so no open hazard is left without someone to act.
     */
    static PersonEntry retire(StoreSession s, Actor actor, UUID id, int revision) {
        PersonEntry seen = current(s, id, revision);
        Person was = seen.person();
        if (was.retired()) {
            throw new DomainException("error.person.alreadyRetired", was.name());
        }
        List<String> hazards = s.people().openHazardsNaming(id);
        List<String> accounts = s.people().activeAccountsOf(id);
        if (!hazards.isEmpty() || !accounts.isEmpty()) {
            throw new DomainException("error.person.retireBlocked", was.name(), listed(hazards), listed(accounts));
        }
        return setRetired(s, actor, seen, true, "RETIRE");
    }

    static PersonEntry reinstate(StoreSession s, Actor actor, UUID id, int revision) {
        PersonEntry seen = current(s, id, revision);
        Person was = seen.person();
        if (!was.retired()) {
            throw new DomainException("error.person.notRetired", was.name());
        }
        OrgUnit unit = s.organisation().unit(was.unitId()).orElseThrow();
        if (unit.retired()) {
            throw new DomainException("error.person.unitRetired", was.name(), unit.name());
        }
        return setRetired(s, actor, seen, false, "REINSTATE");
    }

    /**
     * The union body a unit belongs to (its own, or its team's for a post), with the leader who holds
     * the body's office and every member: people flagged as members anywhere under the body's unit.
     */
    static UnionBody unionBody(StoreSession s, UUID unitId) {
        Map<UUID, OrgUnit> units = s.organisation().units().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        OrgUnit unit = units.get(unitId);
        if (unit == null) {
            throw new ValidationException(List.of(FieldError.of("unit", "validation.unit.unknown")));
        }
        OrgUnit body = unit;
        while (body.tier() != UnionBody.bodyTier(body.tier()) && body.parentId() != null) {
            body = units.get(body.parentId());
        }
        OrgUnit bodyUnit = body;
        List<PersonEntry> members = s.people().entries().stream()
                .filter(p -> p.unionMember() && !p.person().retired())
                .filter(p -> bodyUnit.id().equals(bodyOf(units, p.person().unitId())))
                .toList();
        PersonEntry leader = members.stream()
                .filter(p -> UnionBody.ledTier(p.person().role()).map(t -> t == bodyUnit.tier()).orElse(false))
                .findFirst().orElse(null);
        return new UnionBody(bodyUnit, leader, members);
    }

    /** The id of the unit whose union body serves {@code unitId}: a post's team, otherwise itself. */
    private static UUID bodyOf(Map<UUID, OrgUnit> units, UUID unitId) {
        OrgUnit u = units.get(unitId);
        while (u != null && u.tier() != UnionBody.bodyTier(u.tier()) && u.parentId() != null) {
            u = units.get(u.parentId());
        }
        return u == null ? null : u.id();
    }

    /** Validates an edit against the ledger and returns it normalised. */
    private static PersonEdit checked(StoreSession s, UUID personId, PersonEdit input) {
        PersonEdit edit = input.normalised();
        List<FieldError> errors = new ArrayList<>(input.validate());
        OrgUnit unit = edit.unitId() == null ? null : s.organisation().unit(edit.unitId()).orElse(null);
        if (edit.unitId() != null && (unit == null || unit.retired())) {
            errors.add(FieldError.of("unit", "validation.unit.unknown"));
        }
        if (edit.employeeNo() != null) {
            s.people().byEmployeeNo(OrganisationOperations.enterprise(s).id(), edit.employeeNo()).filter(p -> !p.id().equals(personId))
                    .ifPresent(p -> errors.add(FieldError.of("employeeNo", "validation.employeeNo.taken")));
        }
        if (unit != null) {
            UnionBody.ledTier(edit.role()).filter(t -> t != UnionBody.bodyTier(unit.tier()))
                    .ifPresent(t -> errors.add(FieldError.of("role", "validation.person.unionRoleTier",
                            edit.role().labelKey(), t.labelKey())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return edit;
    }

    private static PersonEntry setRetired(StoreSession s, Actor actor, PersonEntry seen, boolean retired,
                                          String action) {
        Person was = seen.person();
        Person p = new Person(was.id(), was.unitId(), was.employeeNo(), was.name(), was.role(), was.phone(), retired);
        PersonEntry saved = s.people().update(seen,
                new PersonEntry(p, seen.revision(), seen.unionMember(), seen.certificateNo(), seen.appointedBy()));
        s.events().append(actor.name(), "person", was.id(), action,
                new EventPayload().change("retired", !retired, retired).toJson());
        return saved;
    }

    private static PersonEntry current(StoreSession s, UUID id, int revision) {
        PersonEntry e = s.people().entry(id)
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("person", "validation.person.unknown"))));
        if (e.revision() != revision) {
            throw new StaleRecordException("error.person.stale", e.person().name());
        }
        return e;
    }

    /** "YH-2026-06-0001, YH-2026-06-0002", or the key of "none" (translated when shown). */
    private static String listed(List<String> items) {
        return items.isEmpty() ? "common.none" : String.join(", ", items);
    }
}
