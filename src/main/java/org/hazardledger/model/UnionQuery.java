package org.hazardledger.model;

import java.util.UUID;

/**
 * Which union records to list.
 *
 * @param openOnly only those still waiting for the enterprise's answer
 * @param kind     one kind, or null for all
 * @param hazardId only those concerning this hazard, or null
 */
public record UnionQuery(boolean openOnly, UnionRecordKind kind, UUID hazardId) {

    public static final UnionQuery ALL = new UnionQuery(false, null, null);

    public static UnionQuery forHazard(UUID hazardId) {
        return new UnionQuery(false, null, hazardId);
    }
}
