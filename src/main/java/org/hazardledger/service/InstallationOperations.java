package org.hazardledger.service;

import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Installation;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.store.StoreSession;

/** This ledger's installation identity, kept in the settings; the id is made on first use. */
final class InstallationOperations {

    static final String ID = "installation.id";
    static final String ROLE = "installation.role";

    private InstallationOperations() {
    }

    static Installation installation(StoreSession s) {
        String name = s.organisation().enterprise()
                .orElseThrow(() -> new DomainException("error.ledger.notInitialised")).name();
        UUID id = s.settings().get(ID).map(UUID::fromString).orElseGet(() -> {
            UUID made = UUID.randomUUID();
            s.settings().put(ID, made.toString());
            return made;
        });
        InstallationRole role = s.settings().get(ROLE).map(InstallationRole::valueOf)
                .orElse(InstallationRole.ENTERPRISE);
        return new Installation(id, role, name);
    }

    static void setRole(StoreSession s, InstallationRole role) {
        s.settings().put(ROLE, role.name());
    }
}
