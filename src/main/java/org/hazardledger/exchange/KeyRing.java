package org.hazardledger.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.util.encoders.Hex;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Installation;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.service.AtomicFile;
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
    /** The shortest passphrase a new key accepts. */
    public static final int MIN_PASSPHRASE = 8;
    /** The longest armored public key kept (the column's size; a real one is about 1 KB). */
    static final int MAX_ARMORED = 20_000;
    /** The longest installation name kept (the column's size). */
    static final int MAX_NAME = 200;

    /** {@code <name> (HazardLedger <enterprise|federation>) <<uuid>@hazard-ledger.invalid>}. */
    private static final Pattern USER_ID = Pattern.compile(
            "(.+) \\(HazardLedger (enterprise|federation)\\) <([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
                    + "-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})@hazard-ledger\\.invalid>", Pattern.DOTALL);

    private final Path dataDir;
    private final ExchangeKeyService keys;
    private final ExchangeRecordsService records;
    private final Clock clock;
    private final OpenPgpKeys pgp = new OpenPgpKeys();
    /** Parsed public rings: a row's armored key never changes. */
    private final Map<Fingerprint, PGPPublicKeyRing> publicRings = new ConcurrentHashMap<>();

    public KeyRing(Path dataDir, ExchangeKeyService keys, ExchangeRecordsService records, Clock clock) {
        this.dataDir = dataDir;
        this.keys = keys;
        this.records = records;
        this.clock = clock;
    }

    /** Makes this installation's first key pair ({@code error.key.exists} if it has one). */
    public ExchangeKeyEntry init(char[] passphrase) {
        Optional<ExchangeKeyEntry> current = keys.currentOwn();
        if (current.isPresent()) {
            throw new DomainException("error.key.exists", current.get().fingerprint().grouped());
        }
        requireStrong(passphrase);
        return makeOwn(passphrase, clock.instant());
    }

    /** Replaces the own key by a new one (the passphrase must unlock the current one); the old one still reads. */
    public ExchangeKeyEntry rotate(char[] passphrase) {
        ExchangeKeyEntry current = currentOrThrow();
        checkPassphrase(passphrase);
        requireStrong(passphrase);
        // the new key must be the newer one, even when the clock has not moved on a whole second
        Instant created = clock.instant();
        Instant after = current.keyCreatedAt().toInstant().plusSeconds(1);
        return makeOwn(passphrase, created.isBefore(after) ? after : created);
    }

    /** The current own key, if made. */
    public Optional<ExchangeKeyEntry> current() {
        return keys.currentOwn();
    }

    /** The current own public key, ASCII-armored, to hand to the other side ({@code error.key.none} if none). */
    public String exportPublic() {
        return currentOrThrow().armoredPublic();
    }

    /** Reads the other side's armored public key and keeps it, untrusted, returning what it says. */
    public ExchangeKeyEntry importPublic(String armored) {
        if (armored == null || armored.isBlank()) {
            throw new DomainException("error.key.malformed", "empty");
        }
        if (armored.contains("PRIVATE KEY BLOCK")) {
            throw new DomainException("error.key.notPublic");
        }
        String text = armored.strip() + "\n";
        if (text.length() > MAX_ARMORED) {
            throw new DomainException("error.key.malformed", "longer than " + MAX_ARMORED + " characters");
        }
        PublicKeyInfo info = pgp.readPublic(text);
        Matcher m = USER_ID.matcher(info.userId());
        if (!m.matches()) {
            throw new DomainException("error.key.notHazardLedger", info.userId());
        }
        String name = m.group(1).strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new DomainException("error.key.notHazardLedger", info.userId());
        }
        InstallationRole role = InstallationRole.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        UUID installationId = UUID.fromString(m.group(3));
        Installation self = records.installation();
        Optional<ExchangeKeyEntry> known = keys.key(info.fingerprint());
        if (installationId.equals(self.id()) || known.map(ExchangeKeyEntry::own).orElse(false)) {
            throw new DomainException("error.key.ownKey", info.fingerprint().grouped());
        }
        if (known.isPresent()) {
            throw new DomainException("error.key.known", info.fingerprint().grouped());
        }
        return keys.add(info.fingerprint(), installationId, name, role, false, text,
                OffsetDateTime.ofInstant(info.created(), clock.getZone()));
    }

    /** Trusts a key after the user confirmed its fingerprint ({@link ExchangeKeyService#trust}). */
    public ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed) {
        return keys.trust(fingerprint, confirmed);
    }

    /** Every key: own first. */
    public List<ExchangeKeyEntry> list() {
        return keys.keys();
    }

    /** Checks the passphrase unlocks the current own key ({@code error.key.passphrase}). */
    public void checkPassphrase(char[] passphrase) {
        ExchangeKeyEntry current = currentOrThrow();
        String armored = readSecretFile(current.fingerprint());
        Fingerprint unlocked;
        try {
            unlocked = pgp.unlock(armored, passphrase.clone());
        } catch (DomainException e) {
            if ("error.key.passphrase".equals(e.messageKey())) {
                throw e;
            }
            throw new DomainException(e, "error.key.file", secretFile(current.fingerprint()).toString(),
                    String.valueOf(e.args().isEmpty() ? e.messageKey() : e.args().get(0)));
        }
        if (!unlocked.equals(current.fingerprint())) {
            throw new DomainException("error.key.file", secretFile(current.fingerprint()).toString(),
                    "holds key " + unlocked.grouped());
        }
    }

    /** Every own secret key ring, current first: decryption tries each. */
    public List<PGPSecretKeyRing> ownSecretRings() {
        List<PGPSecretKeyRing> rings = new ArrayList<>();
        for (ExchangeKeyEntry own : keys.ownKeys()) {
            rings.add(secretRing(own.fingerprint()));
        }
        return rings;
    }

    /** The public key ring of any key this ledger knows (own or other), or empty. */
    public Optional<PGPPublicKeyRing> publicRing(Fingerprint fingerprint) {
        PGPPublicKeyRing cached = publicRings.get(fingerprint);
        if (cached != null) {
            return Optional.of(cached);
        }
        return keys.key(fingerprint).map(this::publicRing);
    }

    /** The entry whose key ring holds the (sub)key {@code keyId}, e.g. a signature's issuer. */
    public Optional<ExchangeKeyEntry> entryHoldingKey(long keyId) {
        for (ExchangeKeyEntry entry : keys.keys()) {
            if (publicRing(entry).getPublicKey(keyId) != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** Where the secret key of {@code fingerprint} is kept. */
    public Path secretFile(Fingerprint fingerprint) {
        return dataDir.resolve(FOLDER).resolve(fingerprint.hex() + ".secret.asc");
    }

    private ExchangeKeyEntry makeOwn(char[] passphrase, Instant created) {
        Installation self = records.installation();
        String roleWord = self.role().name().toLowerCase(Locale.ROOT);
        // OpenPGP keeps whole seconds: the row says exactly what the key says
        Instant seconds = created.truncatedTo(ChronoUnit.SECONDS);
        InstallationKey made = pgp.generate(self.name(), roleWord, self.id(), passphrase, Date.from(seconds));
        Path file = secretFile(made.fingerprint());
        try {
            AtomicFile.write(file, made.armoredSecret().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new DomainException(e, "error.key.write", file.toString(), reason(e));
        }
        try {
            return keys.add(made.fingerprint(), self.id(), self.name(), self.role(), true, made.armoredPublic(),
                    OffsetDateTime.ofInstant(seconds, clock.getZone()));
        } catch (RuntimeException e) {
            // not registered: the file would be a key nobody knows
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
    }

    private ExchangeKeyEntry currentOrThrow() {
        return keys.currentOwn().orElseThrow(() -> new DomainException("error.key.none"));
    }

    private static void requireStrong(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE || new String(passphrase).isBlank()) {
            throw new DomainException("error.key.passphraseTooShort", MIN_PASSPHRASE);
        }
    }

    private String readSecretFile(Fingerprint fingerprint) {
        Path file = secretFile(fingerprint);
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new DomainException(e, "error.key.fileMissing", file.toString());
        } catch (IOException | RuntimeException e) {
            throw new DomainException(e, "error.key.file", file.toString(), reason(e));
        }
    }

    private PGPSecretKeyRing secretRing(Fingerprint fingerprint) {
        String armored = readSecretFile(fingerprint);
        Path file = secretFile(fingerprint);
        PGPSecretKeyRing ring;
        try (InputStream in = PGPUtil.getDecoderStream(
                new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            ring = new PGPSecretKeyRing(in, new BcKeyFingerprintCalculator());
        } catch (IOException | RuntimeException | org.bouncycastle.openpgp.PGPException e) {
            throw new DomainException(e, "error.key.file", file.toString(), reason(e));
        }
        Fingerprint inside = new Fingerprint(Hex.toHexString(ring.getPublicKey().getFingerprint()));
        if (!inside.equals(fingerprint)) {
            throw new DomainException("error.key.file", file.toString(), "holds key " + inside.grouped());
        }
        return ring;
    }

    private PGPPublicKeyRing publicRing(ExchangeKeyEntry entry) {
        return publicRings.computeIfAbsent(entry.fingerprint(), f -> parsePublic(entry));
    }

    private static PGPPublicKeyRing parsePublic(ExchangeKeyEntry entry) {
        try (InputStream in = PGPUtil.getDecoderStream(
                new ByteArrayInputStream(entry.armoredPublic().getBytes(StandardCharsets.UTF_8)))) {
            PGPPublicKeyRing ring = new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
            if (!Arrays.equals(ring.getPublicKey().getFingerprint(), Hex.decode(entry.fingerprint().hex()))) {
                throw new IOException("the stored key is " + Hex.toHexString(ring.getPublicKey().getFingerprint()));
            }
            return ring;
        } catch (IOException | RuntimeException e) {
            throw new DomainException(e, "error.key.stored", entry.fingerprint().grouped(), reason(e));
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
