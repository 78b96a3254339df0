package com.fooddelivery.customer.adapter.http;

import java.util.Locale;

/** The kinds of problem this API reports, each with a stable type URI clients can switch on. */
enum ProblemType {
    VALIDATION(400, "Invalid input"),
    UNAUTHORIZED(401, "Unauthorized"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    DUPLICATE(409, "Already taken"),
    TOO_LARGE(413, "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    CARD_EXPIRED(422, "Card expired"),
    THROTTLED(429, "Too many attempts"),
    PAYMENT_GATEWAY(502, "Payment provider unavailable"),
    INTERNAL(500, "Internal error"),
    NOT_IMPLEMENTED(501, "Not implemented"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String uri() {
        return "urn:customerbackend:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
