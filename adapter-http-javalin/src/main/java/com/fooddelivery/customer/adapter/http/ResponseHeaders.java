package com.fooddelivery.customer.adapter.http;

import io.javalin.http.Context;

/**
 * Security headers on every response. The API answers only JSON, problem JSON and images, none of
 * which a browser should render as a page, frame or run scripts for, so the content security
 * policy allows nothing. The API documentation under {@code /docs} is a real page with scripts and
 * styles and keeps its own policy.
 */
final class ResponseHeaders {

    private static final String DOCS = "/docs";

    void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (!isDocs(ctx.path())) {
            ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }

    private static boolean isDocs(String path) {
        return path.equals(DOCS) || path.startsWith(DOCS + "/") || path.startsWith(DOCS + ".");
    }
}
