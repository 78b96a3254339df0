package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.application.token.Authenticate;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP API, built from its route groups. {@link #create()} returns an unstarted Javalin so the
 * caller chooses the port (tests take a free one) and owns the server's life.
 */
public final class HttpApi {

    /** Every customer-facing route lives under this prefix. */
    public static final String BASE = "/api/v1";

    private final MenuRoutes menu;
    private final AccountRoutes accounts;
    private final CustomerAuthentication authentication;
    private final HealthProbe health;
    private final ObjectMapper json = JsonMapping.create();
    private final Responses responses = new Responses(json);

    public HttpApi(MenuRoutes menu, AccountRoutes accounts, Authenticate authenticate, HealthProbe health) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.authentication = new CustomerAuthentication(authenticate);
        this.health = Objects.requireNonNull(health, "health");
    }

    /** The configured, not yet started server. */
    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.routes.after(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            new ErrorHandling(responses).register(config.routes);
            config.routes.get("/health", ctx -> {
                boolean up = health.databaseUp();
                ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN"));
            });
            config.routes.beforeMatched(authentication::check);
            menu.register(config.routes, responses);
            accounts.register(config.routes, responses, new JsonBodies(json));
        });
    }
}
