package org.hazardledger.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.store.Store;

/** The organisation: the enterprise, its units and people. */
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

    /** Every unit, parents before children. */
    public List<OrgUnit> units() {
        return store.transact(s -> s.organisation().units());
    }

    public List<Person> people() {
        return store.transact(s -> s.people().all());
    }

    /** Adds a plant (no parent) or a unit one tier below its parent. */
    public OrgUnit addUnit(UUID parentId, Tier tier, String code, String name) {
        return store.transact(s -> OrganisationOperations.addUnit(s, session.actor(), parentId, tier, code, name));
    }

    public Person addPerson(UUID unitId, String employeeNo, String name, Role role) {
        return store.transact(s -> OrganisationOperations.addPerson(s, session.actor(), unitId, employeeNo, name, role));
    }
}
