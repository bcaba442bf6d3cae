package org.hazardledger.cli;

import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;

/** A fingerprint typed on the command line, in groups or not. */
final class Fingerprints {

    private Fingerprints() {
    }

    static Fingerprint parse(String typed) {
        try {
            return new Fingerprint(typed);
        } catch (IllegalArgumentException e) {
            throw new DomainException(e, "error.cli.fingerprint", typed);
        }
    }
}
