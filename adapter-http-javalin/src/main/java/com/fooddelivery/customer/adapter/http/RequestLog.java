package com.fooddelivery.customer.adapter.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request: method, matched route, status, duration and request id. Only those:
 * never a header, a query string or a body, so no token, password, key or card number can reach
 * the log through it. The request id comes from {@code X-Request-Id} when the caller sent a sane
 * one (so a trace spans services), else is made up, and is echoed in the response either way.
 */
final class RequestLog {

    static final String HEADER = "X-Request-Id";
    /** The MDC key, so every line logged while handling the request carries its id. */
    static final String MDC_KEY = "requestId";
    /** What {@link #route} reports when no route matched, keeping raw paths out of logs and metrics. */
    static final String UNMATCHED = "unmatched";

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final String ATTRIBUTE = RequestLog.class.getName() + ".id";
    /** Letters, digits and a few separators: enough for UUIDs and trace ids, nothing that forges a log line. */
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final RequestObserver observer;

    RequestLog(RequestObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Runs first on every request. */
    void start(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** Runs last on every request, after any exception was mapped to its answer. */
    void finish(Context ctx, Float executionMillis) {
        try {
            String method = ctx.method().name();
            String route = route(ctx);
            int status = ctx.statusCode();
            long millis = executionMillis == null ? 0 : Math.round(executionMillis);
            String id = ctx.attribute(ATTRIBUTE);
            LOG.atInfo()
                    .addKeyValue("method", method)
                    .addKeyValue("route", route)
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", millis)
                    .addKeyValue(MDC_KEY, id)
                    .log("{} {} {} {} ms", method, route, status, millis);
            observer.requestHandled(
                    method,
                    route,
                    status,
                    Duration.ofNanos(executionMillis == null ? 0 : (long) (executionMillis * 1_000_000d)));
        } finally {
            // Jetty reuses the thread for the next request, which must not inherit this id.
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * A random (version 4) UUID from the thread's own generator. A request id only has to be
     * unique, not unguessable, and {@link UUID#randomUUID()} draws from one shared
     * {@code SecureRandom} that every request thread would queue on.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
