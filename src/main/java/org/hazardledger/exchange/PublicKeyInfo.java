package org.hazardledger.exchange;

import java.time.Instant;
import org.hazardledger.model.Fingerprint;

/** What an imported public key says about itself, shown to the user before they trust it. */
public record PublicKeyInfo(Fingerprint fingerprint, String userId, Instant created) {
}
