package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.tracking.FollowOrders;
import com.fooddelivery.customer.application.tracking.FollowOrders.Update;
import com.fooddelivery.customer.application.tracking.ReportCourierPosition;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ThrottledException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The customer's live streams of their orders as Server-Sent Events. A stream holds no request thread:
 * the response turns asynchronous once the opening state is queued, and events are written by a small
 * pool of its own. A comment every {@link #HEARTBEAT} keeps proxies from closing a quiet stream and
 * finds clients that left.
 */
public final class TrackingRoutes implements AutoCloseable {

    /** How often a quiet stream gets a comment line. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private static final String MEDIA_TYPE = "text/event-stream";

    private final FollowOrders followOrders;
    private final ReportCourierPosition reportPosition;
    private final Set<SseStream> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService writers = Executors.newFixedThreadPool(4, daemon("sse-write"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("sse-timer"));

    /**
     * @param followOrders   the use case behind both streams
     * @param reportPosition the courier's reports of where they are
     */
    public TrackingRoutes(FollowOrders followOrders, ReportCourierPosition reportPosition) {
        this(followOrders, reportPosition, HEARTBEAT);
    }

    /** With another heartbeat: the route tests find closed streams in milliseconds rather than seconds. */
    // Heartbeats only queue a write, which cannot throw; shutdown cancels the schedule.
    @SuppressWarnings("FutureReturnValueIgnored")
    TrackingRoutes(FollowOrders followOrders, ReportCourierPosition reportPosition, Duration heartbeat) {
        this.followOrders = Objects.requireNonNull(followOrders, "followOrders");
        this.reportPosition = Objects.requireNonNull(reportPosition, "reportPosition");
        timers.scheduleAtFixedRate(
                () -> open.forEach(SseStream::heartbeat),
                heartbeat.toMillis(),
                heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        routes.post(
                HttpApi.BASE + "/ops/orders/{uid}/courier-position",
                ctx -> {
                    OrderUid uid = uid(ctx);
                    OrderDtos.CourierPositionRequest report = bodies.json(ctx, OrderDtos.CourierPositionRequest.class);
                    ReportCourierPosition.Result result = reportPosition.report(ReportCourierPosition.Command.of(
                            uid, report.lat(), report.lon(), report.at(), report.heading(), report.speed()));
                    responses.privateJson(
                            ctx,
                            new CourierReport(
                                    uid.toString(),
                                    result.order().status().name(),
                                    OrderDtos.CourierDto.of(result.courier())));
                },
                Access.SERVICE);
        // Before GET /orders/{uid}, which would otherwise take "events" for an order's uid.
        routes.get(
                HttpApi.BASE + "/orders/events",
                ctx -> stream(ctx, responses, Optional.empty()),
                Access.CUSTOMER,
                Access.TOKEN_IN_QUERY);
        routes.get(
                HttpApi.BASE + "/orders/{uid}/events",
                ctx -> stream(ctx, responses, Optional.of(uid(ctx))),
                Access.CUSTOMER,
                Access.TOKEN_IN_QUERY);
    }

    private static OrderUid uid(Context ctx) {
        return PathIds.orderUid(ctx);
    }

    private void stream(Context ctx, Responses responses, Optional<OrderUid> order) {
        FollowOrders.Command command = new FollowOrders.Command(
                CustomerAuthentication.caller(ctx), order, lastEventId(ctx.header("Last-Event-ID")));
        SseStream stream = new SseStream(ctx, writers, update -> event(update, responses));
        FollowOrders.Following following;
        try {
            following = followOrders.follow(command, stream);
        } catch (ThrottledException tooMany) {
            ctx.header("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
            throw new RequestRefused(
                    ProblemType.THROTTLED,
                    "This customer holds as many open streams as allowed;"
                            + " close one (all open orders are on GET /api/v1/orders/events) and retry.");
        }
        if (stream.endedEmpty()) {
            // A finished order's stream that has nothing more to say: 204 tells EventSource not to reconnect.
            following.close();
            ctx.status(204);
            return;
        }
        open.add(stream);
        long untilExpiry = Math.max(
                0, Duration.between(Instant.now(), following.sessionEndsAt()).toMillis());
        var expiry = timers.schedule(stream::finish, untilExpiry, TimeUnit.MILLISECONDS);
        ctx.status(200).contentType(MEDIA_TYPE + ";charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Accel-Buffering", "no");
        ctx.future(() -> {
            stream.open(() -> {
                open.remove(stream);
                expiry.cancel(false);
                following.close();
            });
            return stream.ended();
        });
    }

    private static OptionalLong lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.strip();
        if (value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ValidationException.of("Last-Event-ID", "must be the id of an event of this stream");
        }
        return OptionalLong.of(Long.parseLong(value));
    }

    private static byte[] event(Update update, Responses responses) {
        Order order = update.order();
        TrackingEvent data = new TrackingEvent(
                order.uid().toString(),
                update.change().name(),
                order.status().name(),
                order.paymentStatus().name(),
                update.at(),
                order.estimates().readyAt(),
                order.estimates().deliveryAt(),
                update.courier().map(OrderDtos.CourierDto::of).orElse(null));
        String json = new String(responses.write(data), StandardCharsets.UTF_8);
        return ("id: " + update.position() + "\nevent: " + name(update.change()) + "\ndata: " + json + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The SSE event name of each kind of change. */
    static String name(FollowOrders.Change change) {
        return switch (change) {
            case STATE -> "order-state";
            case STATUS -> "status-changed";
            case PAYMENT -> "payment-changed";
            case ESTIMATES -> "estimates-revised";
            case COURIER -> "courier-position";
        };
    }

    /** Ends every open stream, so that a stopping server need not wait for them. */
    @Override
    public void close() {
        open.forEach(SseStream::finish);
        timers.shutdownNow();
        writers.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The data of every stream event: enough to redraw the order.
     *
     * @param orderUid            which order
     * @param change              what kind of change (STATE for the opening state)
     * @param status              its status now
     * @param paymentStatus       its payment's status now
     * @param at                  when the step or change happened
     * @param estimatedReadyAt    when the food should be ready
     * @param estimatedDeliveryAt when it should arrive
     * @param courier             where its courier is while it is on its way, else null
     */
    record TrackingEvent(
            String orderUid,
            String change,
            String status,
            String paymentStatus,
            Instant at,
            Instant estimatedReadyAt,
            Instant estimatedDeliveryAt,
            OrderDtos.CourierDto courier) {}

    /**
     * The answer to a courier's report.
     *
     * @param orderUid which order
     * @param status   its status (IN_DELIVERY)
     * @param courier  the courier's latest position: this report's, or a later one kept before it
     */
    record CourierReport(String orderUid, String status, OrderDtos.CourierDto courier) {}
}
