package com.fooddelivery.customer.adapter.payment;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Stripe, as configured. {@link #toString()} never shows the key, so the settings can
 * be logged whole.
 *
 * @param apiKey         the secret API key ({@code sk_live_…}, {@code sk_test_…} or a restricted {@code rk_…})
 * @param apiBase        where the API answers, {@code https://api.stripe.com} unless a stand-in is used
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer; past it the payment stays pending and the
 *                       client retries with the same key
 */
public record StripeAccount(String apiKey, URI apiBase, Duration connectTimeout, Duration readTimeout) {

    /** Stripe's own API. */
    public static final URI DEFAULT_API_BASE = URI.create("https://api.stripe.com");

    public StripeAccount {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("a Stripe API key is required");
        }
        if (!("https".equals(apiBase.getScheme()) || "http".equals(apiBase.getScheme())) || apiBase.getHost() == null) {
            throw new IllegalArgumentException("the Stripe API base is an http(s) URL");
        }
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("Stripe timeouts are above zero");
        }
    }

    @Override
    public String toString() {
        return "StripeAccount[apiKey=(set), apiBase=" + apiBase + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
