package com.fooddelivery.customer.adapter.http;

import io.javalin.security.RouteRole;

/** Who may call a route; routes without a role are public. */
public enum Access implements RouteRole {
    /** A signed-in customer with a valid bearer token. */
    CUSTOMER,
    /** Other services of the company, proving themselves with {@code X-Service-Key}. */
    SERVICE,
    /**
     * With {@link #CUSTOMER}: the token may also come as {@code ?access_token=} (RFC 6750 §2.3), for a
     * browser's {@code EventSource}, which cannot send headers. Only the live streams take it; the
     * request log never records a query string.
     */
    TOKEN_IN_QUERY,
    /**
     * With {@link #CUSTOMER}: the route's own read checks the token, in the same statement (decision
     * 0012), so the check in front only takes the token and refuses a malformed one. Whatever the route
     * asks of {@code CustomerAuthentication.caller} is checked there and then, as on any other route.
     */
    TOKEN_CHECKED_BY_THE_READ
}
