package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fooddelivery.customer.application.event.ReadEvents;
import com.fooddelivery.customer.application.order.ShowOrderToService;
import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the company's other services read without a broker: the event log as CloudEvents, a page at a
 * time with long polling, and one order as the kitchen and the courier need it.
 */
public final class EventRoutes {

    private final ReadEvents readEvents;
    private final ShowOrderToService showOrder;

    /**
     * @param readEvents the event feed
     * @param showOrder  one order for the kitchen and the courier
     */
    public EventRoutes(ReadEvents readEvents, ShowOrderToService showOrder) {
        this.readEvents = Objects.requireNonNull(readEvents);
        this.showOrder = Objects.requireNonNull(showOrder);
    }

    void register(RoutesConfig routes, Responses responses) {
        routes.get(
                HttpApi.BASE + "/ops/events",
                ctx -> {
                    ReadEvents.Query query = query(ctx);
                    // The request's thread is given back while the reader waits; the answer is written on commit.
                    ctx.future(() -> readEvents.read(query).thenAccept(page -> responses.privateJson(ctx, feed(page))));
                },
                Access.SERVICE);
        routes.get(
                HttpApi.BASE + "/ops/orders/{uid}",
                ctx -> {
                    OrderUid uid = PathIds.orderUid(ctx);
                    responses.privateJson(ctx, order(showOrder.show(uid)));
                },
                Access.SERVICE);
    }

    private static ReadEvents.Query query(Context ctx) {
        Validator check = Validator.check();
        Long after = check.parse(() -> number(ctx.queryParam("after"), "after", 0L));
        Long limit = check.parse(() -> number(ctx.queryParam("limit"), "limit", ReadEvents.DEFAULT_LIMIT));
        Duration wait = check.parse(() -> duration(ctx.queryParam("wait")));
        check.done();
        Set<String> types = ctx.queryParams("types").stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(type -> !type.isEmpty())
                .collect(Collectors.toSet());
        return new ReadEvents.Query(
                after, (int) Math.max(Math.min(limit, Integer.MAX_VALUE), Integer.MIN_VALUE), types, wait);
    }

    private static long number(String raw, String field, long absent) {
        if (raw == null) {
            return absent;
        }
        return PathIds.wholeNumber(raw)
                .orElseThrow(() -> ValidationException.of(field, "must be a whole number in ASCII digits"));
    }

    private static Duration duration(String raw) {
        if (raw == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException notADuration) {
            throw ValidationException.of("wait", "must be an ISO-8601 duration such as PT30S");
        }
    }

    private static Feed feed(ReadEvents.Page page) {
        return new Feed(page.events().stream().map(EventRoutes::cloudEvent).toList(), page.nextAfter());
    }

    private static CloudEvent cloudEvent(RecordedEvent event) {
        return new CloudEvent(
                "1.0",
                event.id().toString(),
                DomainEvent.SOURCE,
                event.type(),
                event.subject(),
                event.time(),
                "application/json",
                event.position(),
                event.sequence(),
                event.data());
    }

    private static ServiceOrder order(ShowOrderToService.View view) {
        boolean paid = view.payment()
                .map(payment -> payment.status() == Payment.Status.PAID)
                .orElse(false);
        return new ServiceOrder(
                OrderDtos.toDto(view.order(), view.payment(), Optional.empty(), Optional.empty()),
                view.customerPhone().map(phone -> phone.value()).orElse(null),
                paid);
    }

    /**
     * One page of the log.
     *
     * @param events    the events as CloudEvents (JSON format)
     * @param nextAfter the position to ask after next
     */
    record Feed(List<CloudEvent> events, long nextAfter) {}

    /**
     * An event in the CloudEvents 1.0 JSON format, with the log's position and the subject's sequence
     * as extension attributes.
     *
     * @param specversion     always 1.0
     * @param id              unique per event
     * @param source          this service
     * @param type            what happened, versioned
     * @param subject         the order's or customer's uid
     * @param time            when it happened
     * @param datacontenttype always application/json
     * @param position        its place in the log
     * @param sequence        its number among its subject's events
     * @param data            the event's data, as stored
     */
    record CloudEvent(
            String specversion,
            String id,
            String source,
            String type,
            String subject,
            Instant time,
            String datacontenttype,
            long position,
            long sequence,
            @JsonRawValue String data) {}

    /**
     * An order as the kitchen and the courier see it.
     *
     * @param order         the order as its customer sees it, with its payment
     * @param customerPhone whom the courier calls at the door
     * @param paid          whether its money has arrived (a card's held money has not yet)
     */
    record ServiceOrder(OrderDtos.OrderDto order, String customerPhone, boolean paid) {}
}
