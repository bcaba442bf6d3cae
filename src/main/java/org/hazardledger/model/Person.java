package org.hazardledger.model;

import java.util.UUID;

/** Someone in the enterprise, attached to the unit (usually a post or team) they work in. */
public record Person(UUID id, UUID unitId, String employeeNo, String name, Role role, String phone,
                     boolean retired) {
}
