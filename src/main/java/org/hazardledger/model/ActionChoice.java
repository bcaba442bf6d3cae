package org.hazardledger.model;

import java.util.Optional;

/**
 * An action that the hazard's state allows, and whether this user may take it: when not, the
 * refusal says why (the UI shows it as the disabled button's tooltip).
 */
public record ActionChoice(HazardAction action, Optional<DomainException> refusal) {

    public boolean allowed() {
        return refusal.isEmpty();
    }
}
