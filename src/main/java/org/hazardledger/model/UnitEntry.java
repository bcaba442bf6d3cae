package org.hazardledger.model;

/** An org unit as the organisation editor holds it: with the revision a change must match. */
public record UnitEntry(OrgUnit unit, int revision) {
}
