package org.hazardledger.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ReporterIdentity;

/**
 * The cryptography of sealed reporter identities, all of it Bouncy Castle's or the JDK's:
 * <ul>
 * <li>an identity is sealed to the seal key's public key with HPKE (RFC 9180, mode_base,
 *     DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM); the report's id is the associated data,
 *     so sealed bytes moved to another report do not open;</li>
 * <li>the private key is kept only encrypted: Argon2id derives a 256-bit key from the holder's
 *     passphrase and a random salt, and AES-256-GCM (JDK) encrypts the private key under it, with the
 *     key's id as associated data. A wrong passphrase fails the GCM tag.</li>
 * </ul>
 * Sealed bytes: one version byte, the HPKE encapsulated key (32 bytes), the ciphertext.
 * Locked private key: a 12-byte nonce and the ciphertext. KDF parameters:
 * {@code argon2id;v=19;m=19456;t=2;p=1;salt=<base64>}.
 */
final class IdentitySeal {

    static final int MIN_PASSPHRASE = 8;
    private static final byte VERSION = 1;
    private static final byte[] INFO = "HazardLedger sealed reporter identity v1".getBytes(StandardCharsets.UTF_8);
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int KEY_BYTES = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecureRandom random = new SecureRandom();
    private final Argon2Cost cost;

    IdentitySeal(Argon2Cost cost) {
        this.cost = cost;
    }

    private static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }

    /** A new key pair: the public key, and the private key locked under {@code passphrase}. */
    Generated generate(UUID keyId, char[] passphrase) {
        requireStrong(passphrase);
        HPKE hpke = hpke();
        AsymmetricCipherKeyPair pair = hpke.generatePrivateKey();
        byte[] publicKey = hpke.serializePublicKey(pair.getPublic());
        byte[] privateKey = hpke.serializePrivateKey(pair.getPrivate());
        try {
            Locked locked = lock(keyId, privateKey, passphrase);
            return new Generated(publicKey, locked.bytes(), locked.kdfParameters());
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    record Generated(byte[] publicKey, byte[] lockedPrivateKey, String kdfParameters) {
    }

    record Locked(byte[] bytes, String kdfParameters) {
    }

    /** Encrypts {@code privateKey} under a key derived from {@code passphrase} and a fresh salt. */
    Locked lock(UUID keyId, byte[] privateKey, char[] passphrase) {
        requireStrong(passphrase);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        String params = "argon2id;v=19;m=" + cost.memoryKiB() + ";t=" + cost.iterations() + ";p="
                + cost.parallelism() + ";salt=" + Base64.getEncoder().encodeToString(salt);
        byte[] kek = derive(passphrase, salt, cost);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] ct = c.doFinal(privateKey);
            byte[] out = new byte[NONCE_BYTES + ct.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(ct, 0, out, NONCE_BYTES, ct.length);
            return new Locked(out, params);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The private key, or {@code error.report.wrongPassphrase} when the passphrase does not open it. */
    byte[] unlock(UUID keyId, byte[] locked, String kdfParameters, char[] passphrase) {
        Map<String, String> p = parse(kdfParameters);
        Argon2Cost stored = new Argon2Cost(Integer.parseInt(p.get("m")), Integer.parseInt(p.get("t")),
                Integer.parseInt(p.get("p")));
        byte[] kek = derive(passphrase, Base64.getDecoder().decode(p.get("salt")), stored);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, locked, 0, NONCE_BYTES));
            c.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            return c.doFinal(locked, NONCE_BYTES, locked.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new DomainException("error.report.wrongPassphrase");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** Seals {@code identity} to {@code publicKey} for the report {@code reportId}. */
    byte[] seal(UUID reportId, ReporterIdentity identity, byte[] publicKey) {
        byte[] plain = toBytes(identity);
        try {
            HPKE hpke = hpke();
            HPKEContextWithEncapsulation ctx = hpke.setupBaseS(hpke.deserializePublicKey(publicKey), INFO);
            byte[] ct = ctx.seal(aad(reportId), plain);
            byte[] enc = ctx.getEncapsulation();
            byte[] out = new byte[1 + enc.length + ct.length];
            out[0] = VERSION;
            System.arraycopy(enc, 0, out, 1, enc.length);
            System.arraycopy(ct, 0, out, 1 + enc.length, ct.length);
            return out;
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("sealing cannot fail on a valid public key", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Opens what {@link #seal} made, with the key pair's private and public keys. */
    ReporterIdentity open(UUID reportId, byte[] sealed, byte[] privateKey, byte[] publicKey) {
        HPKE hpke = hpke();
        int encSize = hpke.getEncSize();
        if (sealed.length <= 1 + encSize || sealed[0] != VERSION) {
            throw new DomainException("error.report.sealDamaged");
        }
        byte[] enc = Arrays.copyOfRange(sealed, 1, 1 + encSize);
        byte[] ct = Arrays.copyOfRange(sealed, 1 + encSize, sealed.length);
        byte[] plain = null;
        try {
            AsymmetricCipherKeyPair pair = hpke.deserializePrivateKey(privateKey, publicKey);
            HPKEContext ctx = hpke.setupBaseR(enc, pair, INFO);
            plain = ctx.open(aad(reportId), ct);
            return fromBytes(plain);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new DomainException("error.report.sealDamaged");
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    static void requireStrong(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new DomainException("error.report.passphraseShort", MIN_PASSPHRASE);
        }
    }

    private static byte[] aad(UUID reportId) {
        return ("safety_report:" + reportId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] toBytes(ReporterIdentity identity) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", identity.name());
        m.put("contact", identity.contact());
        m.put("workplace", identity.workplace());
        m.put("note", identity.note());
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static ReporterIdentity fromBytes(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            return new ReporterIdentity(n.path("name").asText(), n.path("contact").asText(),
                    n.path("workplace").asText(), n.path("note").asText());
        } catch (java.io.IOException e) {
            throw new DomainException("error.report.sealDamaged");
        }
    }

    private static Map<String, String> parse(String kdfParameters) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = kdfParameters.split(";");
        if (parts.length == 0 || !"argon2id".equals(parts[0])) {
            throw new DomainException("error.report.sealDamaged");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2) {
                out.put(kv[0], kv[1]);
            }
        }
        if (!out.keySet().containsAll(java.util.List.of("m", "t", "p", "salt"))) {
            throw new DomainException("error.report.sealDamaged");
        }
        return out;
    }

    private static byte[] derive(char[] passphrase, byte[] salt, Argon2Cost cost) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[KEY_BYTES];
        generator.generateBytes(passphrase, out);
        return out;
    }
}
