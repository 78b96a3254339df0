package com.fooddelivery.customer.domain.customer;

/** Slow, salted password hashes in self-describing PHC form, so parameters can rise without losing old hashes. */
public interface PasswordHasher {

    /** A new salted hash of {@code password}. */
    String hash(String password);

    /** Whether {@code password} matches {@code hash}, compared in constant time. */
    boolean matches(String password, String hash);

    /** Whether {@code hash} has weaker parameters than the current ones, to replace at the next sign-in. */
    boolean needsRehash(String hash);
}
