package com.fooddelivery.customer.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds each client to its allowances on the routes that are expensive or tell what exists: sign-up,
 * sign-in, payment callbacks, and profile changes. A client is its remote address; {@code X-Forwarded-For}
 * counts only when the connection comes from a configured trusted proxy, since anyone can send the header.
 */
public final class RateLimiting {

    private final ClientRateLimits limits;
    private final Set<String> trustedProxies;

    /**
     * @param limits         the allowances
     * @param trustedProxies addresses (IP literals) of proxies whose {@code X-Forwarded-For} is believed
     */
    public RateLimiting(ClientRateLimits limits, List<String> trustedProxies) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.trustedProxies =
                trustedProxies.stream().map(RateLimiting::normalised).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * No limits, for tests of other things.
     *
     * @return limiting that allows everything
     */
    public static RateLimiting off() {
        return new RateLimiting(ClientRateLimits.none(), List.of());
    }

    void register(RoutesConfig routes) {
        routes.before(ctx -> group(ctx)
                .ifPresent(group -> limits.take(group, client(ctx)).ifPresent(wait -> {
                    throw new RateLimited(wait);
                })));
    }

    private static Optional<ClientRateLimits.Group> group(Context ctx) {
        String path = ctx.path();
        HandlerType method = ctx.method();
        if (HandlerType.POST.equals(method) && path.equals(HttpApi.BASE + "/sessions")) {
            return Optional.of(ClientRateLimits.Group.SIGN_IN);
        }
        if ((HandlerType.POST.equals(method) && path.equals(HttpApi.BASE + "/customers"))
                || (HandlerType.PATCH.equals(method) && path.equals(HttpApi.BASE + "/customers/me"))) {
            return Optional.of(ClientRateLimits.Group.ACCOUNT_CHANGES);
        }
        if (HandlerType.POST.equals(method) && path.startsWith(HttpApi.BASE + "/payments/callbacks/")) {
            return Optional.of(ClientRateLimits.Group.PAYMENT_CALLBACKS);
        }
        return Optional.empty();
    }

    /** The nearest address not a trusted proxy: walking X-Forwarded-For from the right, as RFC 7239 advises. */
    String client(Context ctx) {
        String address = normalised(ctx.req().getRemoteAddr());
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(address)) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normalised(hops[i].strip());
            address = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return address;
    }

    /** One spelling per address ({@code ::1} and {@code 0:0:0:0:0:0:0:1}); anything else stays as sent, bounded. */
    private static String normalised(String address) {
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        // Only IP literals reach getByName, so it never asks DNS.
        if (bare.matches("[0-9.]{7,15}|[0-9A-Fa-f:.]{2,45}")
                && (bare.contains(":") || bare.chars().filter(c -> c == '.').count() == 3)) {
            try {
                return InetAddress.getByName(bare).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // fall through: kept as sent
            }
        }
        return bare.length() > 64 ? bare.substring(0, 64) : bare;
    }

    /** A client over its allowance. */
    static final class RateLimited extends RuntimeException {

        private final Duration retryAfter;

        RateLimited(Duration wait) {
            super("rate limited", null, false, false);
            long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            this.retryAfter = Duration.ofSeconds(seconds);
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
