package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A session about to be stored under the digest of its token.
 *
 * @param customerId  whose session
 * @param tokenDigest the token's SHA-256 digest, never the token
 * @param begin       start of validity
 * @param end         end of validity, after {@code begin}
 * @param userAgent   the client's {@code User-Agent}, at most 255 characters kept
 */
public record NewSession(CustomerId customerId, String tokenDigest, Instant begin, Instant end, String userAgent) {

    /** How much of a User-Agent is kept. */
    public static final int USER_AGENT_MAX = 255;

    /**
     * Refuses a session that ends before it begins; cuts both times to microseconds, as PostgreSQL keeps them,
     * so the session read back equals this one; trims and shortens the user agent to {@link #USER_AGENT_MAX}.
     *
     * @param customerId whose session
     * @param tokenDigest the token's SHA-256 digest, never the token
     * @param begin start of validity
     * @param end end of validity, after {@code begin}
     * @param userAgent the client's {@code User-Agent}, at most 255 characters kept
     * @throws IllegalArgumentException when the session would end before it begins
     */
    public NewSession {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(tokenDigest, "tokenDigest");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(begin)) {
            throw new IllegalArgumentException("a session ends after it begins");
        }
        // PostgreSQL keeps microseconds; a session read back must equal the one stored.
        begin = begin.truncatedTo(ChronoUnit.MICROS);
        end = end.truncatedTo(ChronoUnit.MICROS);
        userAgent = userAgent == null ? "" : userAgent.strip();
        if (userAgent.length() > USER_AGENT_MAX) {
            userAgent = userAgent.substring(0, USER_AGENT_MAX);
        }
    }
}
