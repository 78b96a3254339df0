package com.fooddelivery.customer.adapter.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's own description: the OpenAPI document at {@code /openapi.yaml} and Swagger UI at
 * {@code /docs}. The document is the build's copy of {@code docs/openapi.yaml}, so what is served is
 * what the tests check the service against. Swagger UI's scripts come from the bundled webjar
 * under {@code /webjars}, never from a CDN.
 */
final class ApiDocsRoutes {

    static final String DOCUMENT = "openapi.yaml";
    static final String PAGE = "swagger-ui.html";

    private final byte[] document = resource(DOCUMENT);
    private final String documentTag = Responses.tagOf(document);
    private final byte[] page = resource(PAGE);
    private final String pageTag = Responses.tagOf(page);

    void register(RoutesConfig routes, Responses responses) {
        routes.get("/openapi.yaml", ctx -> responses.send(ctx, document, "application/yaml", documentTag, "no-cache"));
        routes.get("/docs", ctx -> responses.send(ctx, page, "text/html; charset=utf-8", pageTag, "no-cache"));
    }

    /** Read once at start: a jar built without them is broken, and should fail before it serves. */
    private static byte[] resource(String name) {
        try (InputStream in = ApiDocsRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath; build with Maven");
            }
            return in.readAllBytes();
        } catch (IOException broken) {
            throw new UncheckedIOException("reading " + name + " failed", broken);
        }
    }
}
