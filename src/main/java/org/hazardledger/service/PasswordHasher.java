package org.hazardledger.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) as PHC strings:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, Base64 without padding as the PHC format has it.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final Argon2Cost cost;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(Argon2Cost.DEFAULT);
    }

    /** Tests pass a cheap cost to stay fast; the application uses {@link Argon2Cost#DEFAULT}. */
    public PasswordHasher(Argon2Cost cost) {
        this.cost = cost;
    }

    /** A new hash with a fresh random salt: two hashes of one password differ. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** True when {@code password} matches {@code phc}; false also for a string that is not a hash of ours. */
    public boolean verify(String password, String phc) {
        Phc parsed = Phc.parse(phc);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.cost, parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** True when {@code phc} was made at a lower cost than this hasher's (or cannot be read). */
    public boolean needsRehash(String phc) {
        Phc parsed = Phc.parse(phc);
        return parsed == null || parsed.cost.below(cost);
    }

    /**
     * Spends the time of one verification on nothing: an unknown login name then takes as long
     * as a wrong password, so timing does not tell which it was.
     */
    public void verifyNothing(String password) {
        derive(password, new byte[SALT_BYTES], cost, HASH_BYTES);
    }

    private static byte[] derive(String password, byte[] salt, Argon2Cost cost, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    /** A parsed PHC string. */
    private record Phc(Argon2Cost cost, byte[] salt, byte[] hash) {

        static Phc parse(String phc) {
            if (phc == null) {
                return null;
            }
            String[] parts = phc.split("\\$");
            // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
            if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
                return null;
            }
            try {
                int m = -1;
                int t = -1;
                int p = -1;
                for (String param : parts[3].split(",")) {
                    String[] kv = param.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                byte[] hash = B64_DECODE.decode(parts[5]);
                return hash.length == 0 ? null : new Phc(new Argon2Cost(m, t, p), B64_DECODE.decode(parts[4]), hash);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return null;
            }
        }
    }
}
