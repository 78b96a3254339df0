package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.order.CancelOrder;
import com.fooddelivery.customer.application.order.ExportOrders;
import com.fooddelivery.customer.application.order.ListOrders;
import com.fooddelivery.customer.application.order.OrderAgain;
import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.PlaceOrderCommand;
import com.fooddelivery.customer.application.order.RecordOrderEvent;
import com.fooddelivery.customer.application.order.ShowOrder;
import com.fooddelivery.customer.application.order.ShowOrderReport;
import com.fooddelivery.customer.application.payment.ShowOrderPayment;
import com.fooddelivery.customer.application.rating.ShowOrderRating;
import com.fooddelivery.customer.application.report.EmailOrderReport;
import com.fooddelivery.customer.application.tracking.ShowCourier;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.OwnOrder;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The customer's orders, and the kitchen's and courier's reports on them. */
public final class OrderRoutes {

    private final PlaceOrder placeOrder;
    private final ListOrders listOrders;
    private final ShowOrder showOrder;
    private final ShowOrderReport showReport;
    private final CancelOrder cancelOrder;
    private final RecordOrderEvent recordEvent;
    private final ShowOrderPayment showPayment;
    private final ShowOrderRating showRating;
    private final OrderAgain orderAgain;
    private final ExportOrders exportOrders;
    private final ShowCourier showCourier;
    private final Optional<EmailOrderReport> emailReport;

    public OrderRoutes(
            PlaceOrder placeOrder,
            ListOrders listOrders,
            ShowOrder showOrder,
            ShowOrderReport showReport,
            CancelOrder cancelOrder,
            RecordOrderEvent recordEvent,
            ShowOrderPayment showPayment,
            ShowOrderRating showRating,
            OrderAgain orderAgain,
            ExportOrders exportOrders,
            ShowCourier showCourier,
            Optional<EmailOrderReport> emailReport) {
        this.showCourier = Objects.requireNonNull(showCourier);
        this.placeOrder = Objects.requireNonNull(placeOrder);
        this.listOrders = Objects.requireNonNull(listOrders);
        this.showOrder = Objects.requireNonNull(showOrder);
        this.showReport = Objects.requireNonNull(showReport);
        this.cancelOrder = Objects.requireNonNull(cancelOrder);
        this.recordEvent = Objects.requireNonNull(recordEvent);
        this.showPayment = Objects.requireNonNull(showPayment);
        this.showRating = Objects.requireNonNull(showRating);
        this.orderAgain = Objects.requireNonNull(orderAgain);
        this.exportOrders = Objects.requireNonNull(exportOrders);
        this.emailReport = Objects.requireNonNull(emailReport);
    }

    private byte[] reportPdf(Order order) {
        return OrderReportPdf.render(order, showPayment.of(order), showRating.of(order));
    }

    private void emailReport(Context ctx, Responses responses) {
        // The caller's own order is checked before the 501, so an unconfigured server tells nobody about others'
        // orders.
        Order order = showOrder.show(CustomerAuthentication.customer(ctx), uid(ctx));
        EmailOrderReport email = emailReport.orElseThrow(() -> new RequestRefused(
                ProblemType.NOT_IMPLEMENTED,
                "Reports by e-mail are not available: this server has no mail server configured (SMTP_HOST)."));
        // Rendered now and kept with the mail: the customer gets the order as it was when they asked.
        email.request(CustomerAuthentication.customer(ctx), order.uid(), reportPdf(order));
        responses.queued(ctx, new ReportMailDto("QUEUED"));
    }

    /** @param status always QUEUED: the mail is sent, and retried, in the background */
    record ReportMailDto(String status) {}

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        String orders = HttpApi.BASE + "/orders";
        routes.post(orders, ctx -> place(ctx, responses, bodies), Access.CUSTOMER, Access.TOKEN_CHECKED_BY_THE_READ);
        routes.get(
                orders,
                ctx -> {
                    boolean pendingOnly = CustomerAuthentication.badTokenFirst(ctx, () -> pendingOnly(ctx));
                    if (CustomerAuthentication.badTokenFirst(ctx, () -> wantsCsv(ctx))) {
                        // The export is rare and large: its token is checked apart, through caller(ctx).
                        ctx.header("Content-Disposition", "attachment; filename=\"orders.csv\"");
                        responses.privateBytes(
                                ctx,
                                OrdersCsv.render(exportOrders.export(CustomerAuthentication.customer(ctx), pendingOnly))
                                        .getBytes(StandardCharsets.UTF_8),
                                OrdersCsv.MEDIA_TYPE + "; charset=utf-8");
                    } else {
                        responses.privateJson(ctx, list(ctx, pendingOnly));
                    }
                },
                Access.CUSTOMER,
                Access.TOKEN_CHECKED_BY_THE_READ);
        routes.get(
                orders + "/{uid}",
                ctx -> {
                    OrderUid uid = CustomerAuthentication.badTokenFirst(ctx, () -> uid(ctx));
                    OwnOrder own = showReport
                            .show(CustomerAuthentication.token(ctx), uid)
                            .value();
                    responses.privateJson(
                            ctx, OrderDtos.toDto(own.order(), own.payment(), own.rating(), own.courier()));
                },
                Access.CUSTOMER,
                Access.TOKEN_CHECKED_BY_THE_READ);
        routes.get(
                orders + "/{uid}/report.pdf",
                ctx -> {
                    Order order = showOrder.show(CustomerAuthentication.customer(ctx), uid(ctx));
                    ctx.header("Content-Disposition", "inline; filename=\"order-" + order.uid() + ".pdf\"");
                    ctx.header("Cache-Control", "private, no-cache");
                    ctx.contentType("application/pdf").result(reportPdf(order));
                },
                Access.CUSTOMER);
        routes.post(orders + "/{uid}/report/email", ctx -> emailReport(ctx, responses), Access.CUSTOMER);
        routes.post(
                orders + "/{uid}/reorder",
                ctx -> responses.privateJson(
                        ctx, ReorderDtos.toDto(orderAgain.price(CustomerAuthentication.customer(ctx), uid(ctx)))),
                Access.CUSTOMER);
        routes.post(
                orders + "/{uid}/cancel",
                ctx -> responses.privateJson(
                        ctx, report(cancelOrder.cancel(CustomerAuthentication.customer(ctx), uid(ctx)))),
                Access.CUSTOMER);
        routes.post(
                HttpApi.BASE + "/ops/orders/{uid}/events",
                ctx -> {
                    OrderUid uid = uid(ctx);
                    OrderDtos.EventRequest event = bodies.json(ctx, OrderDtos.EventRequest.class);
                    Order.Transition transition = recordEvent.record(new RecordOrderEvent.Command(
                            uid,
                            event(event.type()),
                            Optional.ofNullable(event.at()),
                            Optional.ofNullable(event.estimatedReadyAt()),
                            Optional.ofNullable(event.estimatedDeliveryAt()),
                            Optional.ofNullable(event.terminalReference())));
                    responses.privateJson(ctx, report(transition.order()));
                },
                Access.SERVICE);
    }

    private void place(Context ctx, Responses responses, RequestBodies bodies) {
        // The token is checked in the key's claim (decision 0021); a body or header refused before that is answered
        // only after a token check of its own, so a bad token is a 401 before any 400, 413 or 415, as before.
        PlaceOrderCommand command = CustomerAuthentication.badTokenFirst(
                ctx,
                () -> PlaceOrderFields.command(
                        CustomerAuthentication.token(ctx),
                        ctx.header("Idempotency-Key"),
                        bodies.json(ctx, OrderDtos.PlaceOrderRequest.class)));
        PlaceOrder.Result result = PlaceOrderFields.place(placeOrder, command);
        if (result.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        // The use case hands back the payment it stored (or, for a replay, read), so nothing is read after the commit.
        Order order = result.order();
        responses.created(
                ctx,
                OrderDtos.location(order),
                OrderDtos.toDto(order, result.payment(), showRating.of(order), showCourier.of(order)));
    }

    /** The order with its latest payment and its rating, the same in every response that shows an order. */
    private OrderDtos.OrderDto report(Order order) {
        return OrderDtos.toDto(order, showPayment.of(order), showRating.of(order), showCourier.of(order));
    }

    private static boolean pendingOnly(Context ctx) {
        String status = Optional.ofNullable(ctx.queryParam("status")).orElse("all");
        if (!status.equals("all") && !status.equals("pending")) {
            throw ValidationException.of("status", "must be pending or all");
        }
        return status.equals("pending");
    }

    /**
     * CSV when asked for by {@code format=csv}, or by an {@code Accept} naming {@code text/csv} without
     * {@code format}; {@code format=json} wins over any header.
     */
    private static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            if (!format.equals("json") && !format.equals("csv")) {
                throw ValidationException.of("format", "must be json or csv");
            }
            return format.equals("csv");
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(OrdersCsv.MEDIA_TYPE);
    }

    private static int limit(Context ctx) {
        String rawLimit = ctx.queryParam("limit");
        return rawLimit == null
                ? ListOrders.DEFAULT_LIMIT
                : PathIds.number(rawLimit)
                        .orElseThrow(() -> ValidationException.of(
                                "limit", "must be a whole number from 1 to " + ListOrders.MAX_LIMIT));
    }

    private OrderDtos.OrderList list(Context ctx, boolean pendingOnly) {
        ListOrders.Query query = CustomerAuthentication.badTokenFirst(
                ctx,
                () -> new ListOrders.Query(
                        CustomerAuthentication.token(ctx), pendingOnly, limit(ctx), cursor(ctx.queryParam("cursor"))));
        OrderPage page = listOrders.list(query).value();
        return new OrderDtos.OrderList(
                page.orders().stream().map(OrderDtos::toDto).toList(),
                page.next().map(OrderRoutes::encode).orElse(null));
    }

    private static OrderUid uid(Context ctx) {
        return PathIds.orderUid(ctx);
    }

    private static OrderEvent event(String type) {
        for (OrderEvent event : OrderEvent.values()) {
            if (event.name().equals(type)) {
                return event;
            }
        }
        throw ValidationException.of(
                "type",
                "must be one of COOKING_STARTED, COOKING_FINISHED, DELIVERY_STARTED, "
                        + "DELIVERED, PAYMENT_COLLECTED");
    }

    /** Cursors are opaque to clients: the position, Base64-encoded, so nobody builds one by hand. */
    private static String encode(OrderPage.Position position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(Long.BYTES)
                        .putLong(position.value())
                        .array());
    }

    private static Optional<OrderPage.Position> cursor(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (bytes.length == Long.BYTES) {
                long value = ByteBuffer.wrap(bytes).getLong();
                // Padding or stray low bits would spell the same position another way; only ours count.
                if (value > 0 && encode(new OrderPage.Position(value)).equals(text)) {
                    return Optional.of(new OrderPage.Position(value));
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // same answer as any other cursor we did not make
        }
        throw ValidationException.of("cursor", "is not a cursor this service handed out");
    }
}
