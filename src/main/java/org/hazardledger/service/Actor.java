package org.hazardledger.service;

/** Who is acting: written on every audit event. Until accounts exist, the operating-system user. */
public record Actor(String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name required");
        }
    }
}
