package org.hazardledger.model;

import java.util.UUID;

/**
 * A plant/mine, workshop, team or post. Its level in the organisation is its inspection tier;
 * {@code parentId} is empty for a plant (whose parent is the enterprise).
 */
public record OrgUnit(UUID id, UUID parentId, Tier tier, String code, String name, boolean retired) {
}
