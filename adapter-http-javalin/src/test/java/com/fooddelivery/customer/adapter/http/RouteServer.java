package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Route groups on a real Javalin server on a free port, behind the API's own server limits, request id,
 * security headers, error mapping, service key and token checks, over whatever ports the test hands the use
 * cases: a route's HTTP behaviour in milliseconds, without the database or the rest of the service.
 * What needs PostgreSQL stays in bootstrap's end-to-end tests.
 */
final class RouteServer implements AutoCloseable {

    /** Registers route groups the way {@link HttpApi#create()} does. */
    @FunctionalInterface
    interface Registration {
        void register(RoutesConfig routes, Responses responses, RequestBodies bodies);
    }

    /** The service's defaults, with a database that always answers and one metric, as a scrape has some. */
    static final ServerSetup OPERATIONS = new ServerSetup(
            new HealthProbe() {
                @Override
                public boolean databaseUp() {
                    return true;
                }

                @Override
                public boolean schemaCurrent() {
                    return true;
                }
            },
            RequestObserver.NONE,
            () -> "route_test_up 1\n",
            List.of(),
            32,
            Duration.ofSeconds(1),
            BodyLimits.DEFAULT);

    private static final int PICTURE_LIMIT = 1024 * 1024;

    /**
     * How long a silent connection holds a test's stop. Jetty's own is a second, which every client's pooled
     * keep-alive connection cost each of the route tests' ~20 server stops; bootstrap's {@code TestBackends}
     * does the same, and its {@code GracefulShutdownTest} keeps the shipped second.
     */
    private static final Duration QUICK_STOP_IDLE = Duration.ofMillis(50);

    private final Javalin app;
    /** What the routes hold open beyond the server: the live streams. */
    private final AutoCloseable routesOpen;

    private RouteServer(Javalin app, AutoCloseable routesOpen) {
        this.app = app;
        this.routesOpen = routesOpen;
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector network) {
                network.setShutdownIdleTimeout(QUICK_STOP_IDLE.toMillis());
            }
        }
    }

    /**
     * Starts the whole API as the service builds it, every route group included.
     *
     * @param api        the API over the test's ports
     * @param routesOpen closed before the server stops, as the service closes its live streams first
     */
    static RouteServer start(HttpApi api, AutoCloseable routesOpen) {
        return new RouteServer(api.create().start(0), routesOpen);
    }

    /**
     * Starts a server with the given routes.
     *
     * @param authenticate the token check of the customer routes
     * @param serviceKeys  the keys the service routes accept
     * @param routes       the route groups under test
     */
    static RouteServer start(Authenticate authenticate, ServiceKeys serviceKeys, Registration routes) {
        return start(authenticate, serviceKeys, PICTURE_LIMIT, routes);
    }

    /**
     * Starts a server with the given routes and picture limit.
     *
     * @param pictureLimit the largest picture upload it takes
     */
    static RouteServer start(
            Authenticate authenticate, ServiceKeys serviceKeys, int pictureLimit, Registration routes) {
        return start(authenticate, serviceKeys, pictureLimit, () -> {}, routes);
    }

    /**
     * Starts a server with the given routes and picture limit, and what they hold open.
     *
     * @param routesOpen closed before the server stops, as the service closes its live streams first
     */
    static RouteServer start(
            Authenticate authenticate,
            ServiceKeys serviceKeys,
            int pictureLimit,
            AutoCloseable routesOpen,
            Registration routes) {
        ObjectMapper json = JsonMapping.create();
        Responses responses = new Responses(json);
        RequestBodies bodies = new RequestBodies(json, pictureLimit);
        RequestLog requestLog = new RequestLog(RequestObserver.NONE);
        ResponseHeaders headers = new ResponseHeaders();
        CustomerAuthentication authentication = new CustomerAuthentication(authenticate);
        return new RouteServer(
                Javalin.create(config -> {
                            config.startup.showJavalinBanner = false;
                            config.http.prefer405over404 = true;
                            config.jsonMapper(new JavalinJackson(json, false));
                            config.routes.before(ctx -> {
                                requestLog.start(ctx);
                                headers.apply(ctx);
                            });
                            config.routes.after(RequestBodies::discardUnread);
                            config.requestLogger.http(requestLog::finish);
                            new ServerLimits(OPERATIONS, Math.max(RequestBodies.JSON_LIMIT, pictureLimit))
                                    .apply(config);
                            new ErrorHandling(responses).register(config.routes);
                            new ServiceKeyCheck(serviceKeys).register(config.routes);
                            config.routes.beforeMatched(authentication::check);
                            routes.register(config.routes, responses, bodies);
                        })
                        .start(0),
                routesOpen);
    }

    /** A token check that knows no session: for routes that need no customer. */
    static Authenticate nobodySignedIn() {
        return new Authenticate(new InMemorySessionRepository(), Clock.systemUTC());
    }

    /** The port it listens on. */
    int port() {
        return app.port();
    }

    /** The header cache size of each of the server's HTTP/1 connectors, as Jetty's parsers get it. */
    List<Integer> headerCacheSizes() {
        return Arrays.stream(app.jettyServer().server().getConnectors())
                .map(connector -> connector.getConnectionFactory(HttpConnectionFactory.class))
                .filter(Objects::nonNull)
                .map(http -> http.getHttpConfiguration().getHeaderCacheSize())
                .toList();
    }

    /** A client that checks every exchange with this server against the contract. */
    ContractClient client() {
        return new ContractClient(port());
    }

    @Override
    public void close() {
        try {
            routesOpen.close();
        } catch (Exception unclosed) {
            throw new IllegalStateException("the routes' streams did not close", unclosed);
        }
        try {
            app.stop();
        } catch (JavalinException stop) {
            // Jetty has stopped by now either way: a graceful stop that outlasts its one-second grace (a
            // client's connection still closing) ends forcibly and then reports the timeout. These tests
            // are about the routes; the graceful stop is GracefulShutdownTest's, end to end.
            if (!(stop.getCause() instanceof TimeoutException)) {
                throw stop;
            }
        }
    }
}
