package com.fooddelivery.customer.domain.customer;

/**
 * Turns passwords into slow, salted hashes and checks passwords against them. The hash is an opaque,
 * self-describing string (PHC form), so parameters can be raised without losing old hashes.
 */
public interface PasswordHasher {

    /** A new salted hash of {@code password}. */
    String hash(String password);

    /** Whether {@code password} matches {@code hash}, compared in constant time. */
    boolean matches(String password, String hash);

    /** Whether {@code hash} was made with weaker parameters than the current ones. */
    boolean needsRehash(String hash);
}
