package org.hazardledger.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.service.ExchangeKeyService;
import org.hazardledger.service.ExchangeRecordsService;

/**
 * This installation's key ring: its own key pairs (secret parts in {@code <data>/keys/}, protected by
 * the passphrase; rotated ones kept so old bundles stay readable) and the other side's public keys
 * (rows of {@link ExchangeKeyService}).
 */
public final class KeyRing {

    /** The folder under the data folder that holds the secret key files. */
    public static final String FOLDER = "keys";

    private final Path dataDir;
    private final ExchangeKeyService keys;
    private final ExchangeRecordsService records;
    private final Clock clock;

    public KeyRing(Path dataDir, ExchangeKeyService keys, ExchangeRecordsService records, Clock clock) {
        this.dataDir = dataDir;
        this.keys = keys;
        this.records = records;
        this.clock = clock;
    }

    /** Makes this installation's first key pair ({@code error.key.exists} if it has one). */
    public ExchangeKeyEntry init(char[] passphrase) {
        throw new UnsupportedOperationException("S05: KeyRing.init");
    }

    /** Replaces the own key by a new one (the passphrase must unlock the current one); the old one still reads. */
    public ExchangeKeyEntry rotate(char[] passphrase) {
        throw new UnsupportedOperationException("S05: KeyRing.rotate");
    }

    /** The current own key, if made. */
    public Optional<ExchangeKeyEntry> current() {
        throw new UnsupportedOperationException("S05: KeyRing.current");
    }

    /** The current own public key, ASCII-armored, to hand to the other side ({@code error.key.none} if none). */
    public String exportPublic() {
        throw new UnsupportedOperationException("S05: KeyRing.exportPublic");
    }

    /** Reads the other side's armored public key and keeps it, untrusted, returning what it says. */
    public ExchangeKeyEntry importPublic(String armored) {
        throw new UnsupportedOperationException("S05: KeyRing.importPublic");
    }

    /** Trusts a key after the user confirmed its fingerprint ({@link ExchangeKeyService#trust}). */
    public ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed) {
        throw new UnsupportedOperationException("S05: KeyRing.trust");
    }

    /** Every key: own first. */
    public List<ExchangeKeyEntry> list() {
        throw new UnsupportedOperationException("S05: KeyRing.list");
    }

    /** Checks the passphrase unlocks the current own key ({@code error.key.passphrase}). */
    public void checkPassphrase(char[] passphrase) {
        throw new UnsupportedOperationException("S05: KeyRing.checkPassphrase");
    }

    /** Every own secret key ring, current first: decryption tries each. */
    public List<PGPSecretKeyRing> ownSecretRings() {
        throw new UnsupportedOperationException("S05: KeyRing.ownSecretRings");
    }

    /** The public key ring of any key this ledger knows (own or other), or empty. */
    public Optional<PGPPublicKeyRing> publicRing(Fingerprint fingerprint) {
        throw new UnsupportedOperationException("S05: KeyRing.publicRing");
    }

    /** The entry whose key ring holds the (sub)key {@code keyId}, e.g. a signature's issuer. */
    public Optional<ExchangeKeyEntry> entryHoldingKey(long keyId) {
        throw new UnsupportedOperationException("S05: KeyRing.entryHoldingKey");
    }
}
