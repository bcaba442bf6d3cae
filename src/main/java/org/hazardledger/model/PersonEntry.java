package org.hazardledger.model;

/**
 * A person as the organisation editor holds it: the revision a change must match, whether they
 * belong to their unit's union body, and for a 群监员 the certificate and the union that issued it.
 */
public record PersonEntry(Person person, int revision, boolean unionMember, String certificateNo,
                          String appointedBy) {
}
