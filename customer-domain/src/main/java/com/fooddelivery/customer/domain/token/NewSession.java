package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A session about to be stored under the digest of its token, never the token. */
public record NewSession(CustomerId customerId, String tokenDigest, Instant begin, Instant end, String client) {

    /** How much of the client's description is kept. */
    public static final int CLIENT_MAX = 255;

    /** Refuses a session that ends before it begins; cuts the client's description to {@link #CLIENT_MAX}. */
    public NewSession {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(tokenDigest, "tokenDigest");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(begin)) {
            throw new IllegalArgumentException("a session ends after it begins");
        }
        client = client == null ? "" : client.strip();
        if (client.length() > CLIENT_MAX) {
            client = client.substring(0, CLIENT_MAX);
        }
    }
}
