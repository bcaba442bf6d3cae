package org.hazardledger.exchange;

import java.util.Objects;
import org.hazardledger.model.Fingerprint;

/**
 * An installation's OpenPGP key as files hold it: the secret key (protected by the passphrase) and the
 * public key to hand to the other side, both ASCII-armored, with the fingerprint and user ID.
 */
public record InstallationKey(Fingerprint fingerprint, String userId, String armoredSecret, String armoredPublic) {

    public InstallationKey {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(armoredPublic, "armoredPublic");
    }
}
