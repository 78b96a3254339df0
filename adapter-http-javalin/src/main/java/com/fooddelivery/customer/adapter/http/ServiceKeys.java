package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;

/**
 * The keys other services of the company present in {@code X-Service-Key}. Only SHA-256 digests
 * are held, and a presented key is compared with every one of them in constant time, so neither a
 * heap dump nor response timings give a key away.
 */
public final class ServiceKeys {

    /** Shortest key accepted: anything shorter can be guessed. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    private ServiceKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /**
     * The given keys.
     *
     * @throws IllegalArgumentException when a key is shorter than {@link #MIN_LENGTH}; the message
     *                                  never contains the key
     */
    public static ServiceKeys of(Collection<String> keys) {
        List<byte[]> digests = keys.stream()
                .map(key -> {
                    if (key.length() < MIN_LENGTH) {
                        throw new IllegalArgumentException("a service key has at least " + MIN_LENGTH + " characters");
                    }
                    return digest(key);
                })
                .toList();
        return new ServiceKeys(digests);
    }

    /** No keys at all: every service request is refused. */
    public static ServiceKeys none() {
        return new ServiceKeys(List.of());
    }

    /** Whether {@code presented} is one of the keys; false for a missing one. */
    boolean accept(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean found = false;
        // No early exit: the time taken must not tell which key, or whether any, matched.
        for (byte[] digest : digests) {
            found |= MessageDigest.isEqual(digest, candidate);
        }
        return found;
    }

    /** How many keys there are. */
    public int size() {
        return digests.size();
    }

    @Override
    public String toString() {
        return "ServiceKeys[" + digests.size() + " keys]";
    }

    private static byte[] digest(String key) {
        return Sha256.of(key.getBytes(StandardCharsets.UTF_8));
    }
}
