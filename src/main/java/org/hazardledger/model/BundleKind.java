package org.hazardledger.model;

/** What an exchange bundle carries (docs/bundle-format.md, manifest {@code kind}). */
public enum BundleKind {
    /** Enterprise → federation: the enterprise's ledger records. */
    RECORDS,
    /** Federation → enterprise: notices (督查, verification, listing, blacklist, summons). */
    FEEDBACK,
    /** Either way: which bundles the sender of this one has applied. */
    ACKNOWLEDGEMENT;

    /** The manifest's spelling: records, feedback, acknowledgement. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BundleKind fromWire(String wire) {
        for (BundleKind kind : values()) {
            if (kind.wireName().equals(wire)) {
                return kind;
            }
        }
        throw new DomainException("error.bundle.kind", String.valueOf(wire));
    }
}
