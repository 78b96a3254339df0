package com.fooddelivery.customer.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * Lets a request reach a route marked {@link Access#SERVICE} only with a valid
 * {@code X-Service-Key}. Runs before the handler and before any body is read, so a caller without
 * a key learns nothing about the body it sent. Any route group registers its service routes with
 * {@code Access.SERVICE} and is guarded by this one check.
 */
public final class ServiceKeyCheck {

    /** The request header carrying the key. */
    public static final String HEADER = "X-Service-Key";

    private final ServiceKeys keys;

    /** @param keys the keys accepted; none means every service request is refused */
    public ServiceKeyCheck(ServiceKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    void register(RoutesConfig routes) {
        routes.beforeMatched(this::check);
    }

    private void check(Context ctx) {
        if (!ctx.routeRoles().contains(Access.SERVICE)) {
            return;
        }
        if (!keys.accept(ctx.header(HEADER))) {
            // A customer's bearer token proves nothing here; only a service key does.
            ctx.header("WWW-Authenticate", "ServiceKey header=\"" + HEADER + "\"");
            throw new RequestRefused(
                    ProblemType.UNAUTHORIZED, "A valid " + HEADER + " header is required for this route.");
        }
    }
}
