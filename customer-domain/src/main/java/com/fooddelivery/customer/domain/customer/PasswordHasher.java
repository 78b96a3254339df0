package com.fooddelivery.customer.domain.customer;

/**
 * Slow, salted password hashes in self-describing PHC form, so parameters can rise without losing old hashes.
 */
public interface PasswordHasher {

    /**
     * A new salted hash of {@code password}.
     *
     * @param password the password as typed
     * @return the hash in PHC string form
     */
    String hash(String password);

    /**
     * Whether {@code password} matches {@code hash}, compared in constant time.
     *
     * @param password the password as typed
     * @param hash the stored hash
     * @return true when they match
     */
    boolean matches(String password, String hash);

    /**
     * Whether {@code hash} was made with weaker parameters than the current ones.
     *
     * @param hash the stored hash
     * @return true when it should be replaced at the next successful sign-in
     */
    boolean needsRehash(String hash);
}
