package org.hazardledger.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionBody;
import org.hazardledger.model.UnitEntry;
import org.hazardledger.store.Store;

/**
 * The organisation: the enterprise, its units and people, and the union bodies they form. Each
 * change is one transaction, audited with what it was before, refused as stale when the record
 * changed since the user read it (the {@code revision}), and open only to clerks and administrators.
 */
public final class OrganisationService {

    private final Store store;
    private final UserSession session;

    public OrganisationService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    public Optional<Enterprise> enterprise() {
        return store.transact(s -> s.organisation().enterprise());
    }

    /** Whether the signed-in user may change the organisation (the page disables its buttons if not). */
    public boolean canEdit() {
        return OrganisationOperations.mayEdit(session.actor());
    }

    /** Every unit, parents before children. */
    public List<OrgUnit> units() {
        return store.transact(s -> s.organisation().units());
    }

    public List<Person> people() {
        return store.transact(s -> s.people().all());
    }

    /** Every unit with its revision, retired ones included, for the organisation editor. */
    public List<UnitEntry> unitEntries() {
        return store.transact(s -> s.organisation().unitEntries());
    }

    /** One person as stored now, with the revision a change must match (retired ones too). */
    public Optional<PersonEntry> person(UUID personId) {
        return store.transact(s -> s.people().entry(personId));
    }

    /** The people attached to a unit itself (not below it), retired ones included, by employee number. */
    public List<PersonEntry> peopleOf(UUID unitId) {
        return store.transact(s -> s.people().entries().stream()
                .filter(p -> p.person().unitId().equals(unitId)).toList());
    }

    /** The union body serving the unit (a post's is its team's) with its leader and members. */
    public UnionBody unionBody(UUID unitId) {
        return store.transact(s -> PersonOperations.unionBody(s, unitId));
    }

    /** Adds a plant (no parent) or a unit one tier below its parent. */
    public OrgUnit addUnit(UUID parentId, Tier tier, String code, String name) {
        return store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return OrganisationOperations.addUnit(s, session.actor(), parentId, tier, code, name);
        });
    }

    public UnitEntry renameUnit(UUID unitId, int revision, String name) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return OrganisationOperations.renameUnit(s, session.actor(), unitId, revision, name);
        }), stale -> Conflicts.unit(store, unitId, stale));
    }

    /** Moves the unit, everything below it and their hazards under a parent one tier above it. */
    public UnitEntry moveUnit(UUID unitId, int revision, UUID newParentId) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return OrganisationOperations.moveUnit(s, session.actor(), unitId, revision, newParentId);
        }), stale -> Conflicts.unit(store, unitId, stale));
    }

    /** Retires a unit with no active units below it and no open hazards; its history stays. */
    public UnitEntry retireUnit(UUID unitId, int revision) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return OrganisationOperations.retireUnit(s, session.actor(), unitId, revision);
        }), stale -> Conflicts.unit(store, unitId, stale));
    }

    public UnitEntry reinstateUnit(UUID unitId, int revision) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return OrganisationOperations.reinstateUnit(s, session.actor(), unitId, revision);
        }), stale -> Conflicts.unit(store, unitId, stale));
    }

    public Person addPerson(UUID unitId, String employeeNo, String name, Role role) {
        return store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return OrganisationOperations.addPerson(s, session.actor(), unitId, employeeNo, name, role);
        });
    }

    /** Adds a person with their union standing (and, for a 群监员, the certificate). */
    public PersonEntry addPerson(PersonEdit edit) {
        return store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return PersonOperations.add(s, session.actor(), edit);
        });
    }

    public PersonEntry editPerson(UUID personId, int revision, PersonEdit edit) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return PersonOperations.edit(s, session.actor(), personId, revision, edit);
        }), stale -> Conflicts.person(store, personId, stale));
    }

    /** Refused while open hazards name the person or an active account signs in as them. */
    public PersonEntry retirePerson(UUID personId, int revision) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return PersonOperations.retire(s, session.actor(), personId, revision);
        }), stale -> Conflicts.person(store, personId, stale));
    }

    public PersonEntry reinstatePerson(UUID personId, int revision) {
        return Conflicts.explained(() -> store.transact(s -> {
            OrganisationOperations.requireEditor(session.actor());
            return PersonOperations.reinstate(s, session.actor(), personId, revision);
        }), stale -> Conflicts.person(store, personId, stale));
    }
}
