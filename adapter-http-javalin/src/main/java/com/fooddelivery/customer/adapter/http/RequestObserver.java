package com.fooddelivery.customer.adapter.http;

import java.time.Duration;

/**
 * Told of every request once it is answered, for metrics. {@code route} is the matched route's
 * path template ({@code /api/v1/menu-items/{id}}), never the raw path, so that observers keep one
 * series per route and no identifier from a URL leaks into them.
 */
@FunctionalInterface
public interface RequestObserver {

    /** Observes nothing. */
    RequestObserver NONE = (method, route, status, duration) -> {};

    void requestHandled(String method, String route, int status, Duration duration);
}
