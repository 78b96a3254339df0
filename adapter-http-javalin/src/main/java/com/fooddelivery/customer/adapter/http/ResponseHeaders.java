package com.fooddelivery.customer.adapter.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * Security headers on every response. The API answers only JSON, problem JSON and images, none of
 * which a browser should render as a page, frame or run scripts for, so the content security
 * policy allows nothing. The API documentation under {@code /docs} is a real page with scripts and
 * styles and keeps its own policy.
 */
final class ResponseHeaders {

    private static final String DOCS = "/docs";

    void apply(Context ctx) {
        forPath(ctx.path()).forEach(ctx::header);
    }

    /** The same headers on an answer Jetty writes before Javalin sees the request. */
    static void apply(HttpFields.Mutable headers, String path) {
        forPath(path).forEach(headers::put);
    }

    private static Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        if (!isDocs(path)) {
            headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        return headers;
    }

    private static boolean isDocs(String path) {
        return path.equals(DOCS) || path.startsWith(DOCS + "/") || path.startsWith(DOCS + ".");
    }
}
