package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.token.Caller;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The token check in front of every customer route: reads {@code Authorization: Bearer …} and
 * hands the authenticated caller to the handler. Runs only for routes marked {@link Access#CUSTOMER}.
 */
final class CustomerAuthentication {

    private static final String CALLER = CustomerAuthentication.class.getName() + ".caller";
    private static final String SCHEME = "Bearer ";

    private final Authenticate authenticate;

    CustomerAuthentication(Authenticate authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    void check(Context ctx) {
        if (!ctx.routeRoles().contains(Access.CUSTOMER)) {
            return;
        }
        String header = ctx.header("Authorization");
        String inQuery = ctx.routeRoles().contains(Access.TOKEN_IN_QUERY) ? ctx.queryParam("access_token") : null;
        if (header == null && inQuery != null) {
            ctx.attribute(CALLER, authenticate.authenticate(inQuery.strip()));
            return;
        }
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new AuthenticationException("no bearer token");
        }
        ctx.attribute(
                CALLER,
                authenticate.authenticate(header.substring(SCHEME.length()).strip()));
    }

    /** The caller the check established for this request. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads the caller but is not marked CUSTOMER");
        }
        return caller;
    }

    /** The customer the check established for this request: all that order and payment use cases take. */
    static CustomerId customer(Context ctx) {
        return caller(ctx).customerId();
    }
}
