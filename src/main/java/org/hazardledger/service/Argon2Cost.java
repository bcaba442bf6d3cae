package org.hazardledger.service;

/**
 * The cost of one Argon2id hash. Stored with every hash, so it can be raised later: a login with
 * a cheaper stored cost re-hashes the password at the current one.
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {

    /** OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    public static final Argon2Cost DEFAULT = new Argon2Cost(19_456, 2, 1);

    public Argon2Cost {
        // Argon2 needs at least 8 KiB per lane (RFC 9106, 3.1).
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("invalid Argon2 cost " + memoryKiB + "/" + iterations + "/" + parallelism);
        }
    }

    /** True when this cost is lower than {@code other} in any dimension. */
    boolean below(Argon2Cost other) {
        return memoryKiB < other.memoryKiB || iterations < other.iterations || parallelism < other.parallelism;
    }
}
