package com.fooddelivery.customer.adapter.http;

/**
 * A request refused by the HTTP adapter itself, before any use case runs: no key, a body too large
 * or of the wrong type. Becomes a problem of the given type.
 */
final class RequestRefused extends RuntimeException {

    private final ProblemType type;

    RequestRefused(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    ProblemType type() {
        return type;
    }
}
