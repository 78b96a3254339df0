package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.shared.Ascii;
import com.fooddelivery.customer.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret a signed-in client presents; only its digest is stored, so a stolen copy of the store opens
 * no session, and {@link #toString()} hides it.
 */
public final class SessionToken {

    private static final int RANDOM_BYTES = 32;
    /** The length of 32 bytes in unpadded URL-safe Base64. */
    private static final int LENGTH = 43;

    private final String value;

    private SessionToken(String value) {
        this.value = value;
    }

    /** A new token of 256 bits from a cryptographically strong source. */
    public static SessionToken generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token a client sent after {@code Bearer}, if it has the shape of one. */
    public static Optional<SessionToken> parse(String text) {
        return hasShape(text) ? Optional.of(new SessionToken(text)) : Optional.empty();
    }

    /** {@code [A-Za-z0-9_-]{43}}, checked by hand: every customer request parses its token. */
    private static boolean hasShape(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!Ascii.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The text handed to the client, once, in the sign-in response. */
    public String reveal() {
        return value;
    }

    /** The hex SHA-256 digest under which the session is stored. */
    public String digest() {
        return Sha256.hex(value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
