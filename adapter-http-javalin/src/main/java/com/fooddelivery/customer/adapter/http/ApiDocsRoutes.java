package com.fooddelivery.customer.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The API's own description: the OpenAPI document at {@code /openapi.yaml} and Swagger UI at
 * {@code /docs}. The document is the build's copy of {@code docs/openapi.yaml}, so what is served is
 * what the tests check the service against. Swagger UI's script and style sheet come from the
 * bundled webjar under {@code /webjars}, never from a CDN.
 *
 * <p>Only the two assets the page links are served, read from the classpath once. Javalin's webjar
 * handler instead mounts the whole application jar as a file system, which cost a tenth of the
 * service's start-up.
 */
final class ApiDocsRoutes {

    static final String DOCUMENT = "openapi.yaml";
    static final String PAGE = "swagger-ui.html";
    private static final String ASSETS = "/webjars/swagger-ui/";

    private final byte[] document = resource(DOCUMENT);
    private final String documentTag = Responses.tagOf(document);
    private final byte[] page = resource(PAGE);
    private final String pageTag = Responses.tagOf(page);
    /** The page's asset links, {@code /webjars/swagger-ui/<version>/<file>}, to their bytes. */
    private final Map<String, byte[]> assets = Pattern.compile("(?:src|href)=\"(" + ASSETS + "[^\"]+)\"")
            .matcher(new String(page, StandardCharsets.UTF_8))
            .results()
            .map(link -> link.group(1))
            .collect(Collectors.toUnmodifiableMap(path -> path, path -> resource("/META-INF/resources" + path)));

    void register(RoutesConfig routes, Responses responses) {
        routes.get("/openapi.yaml", ctx -> responses.send(ctx, document, "application/yaml", documentTag, "no-cache"));
        routes.get("/docs", ctx -> responses.send(ctx, page, "text/html; charset=utf-8", pageTag, "no-cache"));
        routes.get(ASSETS + "{version}/{asset}", ctx -> {
            byte[] asset = assets.get(ctx.path());
            if (asset == null) {
                throw new NotFoundResponse();
            }
            // The version is in the path, so a copy never goes stale.
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
            ctx.contentType(ctx.path().endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
                    .result(asset);
        });
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
