package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionToken;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The token check in front of every customer route: reads {@code Authorization: Bearer …} and
 * hands the authenticated caller to the handler. Runs only for routes marked {@link Access#CUSTOMER}.
 * On routes also marked {@link Access#TOKEN_CHECKED_BY_THE_READ} it only takes the token: their read
 * checks it, and {@link #caller} checks it when such a route asks for the caller anyway.
 */
final class CustomerAuthentication {

    private static final String CALLER = CustomerAuthentication.class.getName() + ".caller";
    private static final String TOKEN = CustomerAuthentication.class.getName() + ".token";
    private static final String CHECK = CustomerAuthentication.class.getName() + ".check";
    private static final String SCHEME = "Bearer ";

    private final Authenticate authenticate;

    CustomerAuthentication(Authenticate authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    void check(Context ctx) {
        if (!ctx.routeRoles().contains(Access.CUSTOMER)) {
            return;
        }
        String token = bearerToken(ctx);
        if (ctx.routeRoles().contains(Access.TOKEN_CHECKED_BY_THE_READ)) {
            ctx.attribute(
                    TOKEN, SessionToken.parse(token).orElseThrow(() -> new AuthenticationException("malformed token")));
            ctx.attribute(CHECK, (Supplier<Caller>) () -> authenticate.authenticate(token));
            return;
        }
        ctx.attribute(CALLER, authenticate.authenticate(token));
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        String inQuery = ctx.routeRoles().contains(Access.TOKEN_IN_QUERY) ? ctx.queryParam("access_token") : null;
        if (header == null && inQuery != null) {
            return inQuery.strip();
        }
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new AuthenticationException("no bearer token");
        }
        return header.substring(SCHEME.length()).strip();
    }

    /** The caller the check established for this request, checking the token now on a route that deferred it. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            Supplier<Caller> deferred = ctx.attribute(CHECK);
            if (deferred == null) {
                throw new IllegalStateException("route " + ctx.path() + " reads the caller but is not marked CUSTOMER");
            }
            caller = deferred.get();
            ctx.attribute(CALLER, caller);
        }
        return caller;
    }

    /** The customer the check established for this request: all that order and payment use cases take. */
    static CustomerId customer(Context ctx) {
        return caller(ctx).customerId();
    }

    /** The well-formed token of a route whose read checks it, not yet checked. */
    static SessionToken token(Context ctx) {
        SessionToken token = ctx.attribute(TOKEN);
        if (token == null) {
            throw new IllegalStateException(
                    "route " + ctx.path() + " reads the token but is not marked TOKEN_CHECKED_BY_THE_READ");
        }
        return token;
    }

    /**
     * Runs the handler of a route whose read checks the token. Input it refuses before that read (a 400, or
     * a body's 413 or 415) is answered only after the token is checked, so a bad token is a 401 first, as on
     * every other customer route.
     */
    static <T> T badTokenFirst(Context ctx, Supplier<T> handler) {
        try {
            return handler.get();
        } catch (RuntimeException refused) {
            caller(ctx);
            throw refused;
        }
    }
}
