package com.fooddelivery.customer.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, the one place that asks the JDK for them (every Java platform must provide SHA-256). */
public final class Sha256 {

    /**
     * One digest per thread, reset by each use: every authenticated request digests its token and every
     * JSON answer its body for the entity tag, and asking the JDK's providers for a new digest each time
     * cost more than digesting a token.
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {}

    /** The 32-byte digest. */
    public static byte[] of(byte[] bytes) {
        return DIGEST.get().digest(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    /** The digest in lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The digest of the UTF-8 bytes in lower-case hex. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code bytes} (1 to 32) of the digest in hex: a tag or key that need not be 256 bits. */
    public static String hexPrefix(byte[] data, int bytes) {
        return HexFormat.of().formatHex(of(data), 0, bytes);
    }
}
