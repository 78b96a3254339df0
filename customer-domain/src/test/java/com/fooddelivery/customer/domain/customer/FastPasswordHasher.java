package com.fooddelivery.customer.domain.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A quick, unsalted stand-in for the real Argon2id hasher in use-case tests, where hashing speed
 * would only slow the suite. Hashes made under an older "version" report that they need a rehash.
 */
public final class FastPasswordHasher implements PasswordHasher {

    private final String version;

    public FastPasswordHasher() {
        this("v2");
    }

    public FastPasswordHasher(String version) {
        this.version = version;
    }

    @Override
    public String hash(String password) {
        return "$fast$" + version + "$" + sha256(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.endsWith("$" + sha256(password));
    }

    @Override
    public boolean needsRehash(String hash) {
        return !hash.startsWith("$fast$" + version + "$");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
