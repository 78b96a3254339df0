package com.fooddelivery.customer.domain.token;

/** Identifies one session; safe to show, unlike the token. */
public record SessionId(int value) {

    public SessionId {
        if (value <= 0) {
            throw new IllegalArgumentException("a session id is positive: " + value);
        }
    }
}
