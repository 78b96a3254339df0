package com.fooddelivery.customer.adapter.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.event.AccountEvent;
import com.fooddelivery.customer.domain.event.AccountEvent.CardLinked;
import com.fooddelivery.customer.domain.event.AccountEvent.CardUnlinked;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerProfileChanged;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerRegistered;
import com.fooddelivery.customer.domain.event.AccountEvent.DefaultCardChanged;
import com.fooddelivery.customer.domain.event.AccountEvent.PasswordChanged;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionEnded;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionStarted;
import com.fooddelivery.customer.domain.event.CourierPositionReported;
import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.EstimatesRevised;
import com.fooddelivery.customer.domain.event.OrderCancelled;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent;
import com.fooddelivery.customer.domain.event.OrderPaid;
import com.fooddelivery.customer.domain.event.OrderPlaced;
import com.fooddelivery.customer.domain.event.OrderRated;
import com.fooddelivery.customer.domain.event.PaymentActionRequired;
import com.fooddelivery.customer.domain.event.PaymentFailed;
import com.fooddelivery.customer.domain.event.PaymentRefunded;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An event's CloudEvents {@code data} as JSON, in the shapes {@code docs/asyncapi.yaml} describes. The
 * customer's uid is added by the statement that stores it, which looks it up in the same transaction.
 * Only the fields named here are written, so nothing secret can slip in with a new field of a record. Written
 * field by field as they are read, not built as a tree of nodes first: the tree, and the mapper that serialised
 * it, cost every placed order more than the fields themselves (docs/performance.md, "POST /orders, session 13").
 */
final class EventData {

    private static final JsonFactory JSON = new JsonFactory();

    private EventData() {}

    static String of(DomainEvent event) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator data = JSON.createGenerator(text)) {
            data.writeStartObject();
            if (event instanceof OrderHistoryEvent order) {
                data.writeStringField("orderUid", order.orderUid().toString());
                orderDetails(order, data);
            } else {
                account((AccountEvent) event, data);
            }
            data.writeEndObject();
        } catch (IOException inMemory) {
            throw new UncheckedIOException("a string writer failed", inMemory);
        }
        return text.toString();
    }

    private static void orderDetails(OrderHistoryEvent event, JsonGenerator data) throws IOException {
        if (event instanceof OrderPlaced placed) {
            order(placed.order(), data);
        } else if (event instanceof OrderPaid paid) {
            put(data, "paymentMethod", paid.method().name());
            money(paid.amount(), data, "amount");
            put(data, "captured", paid.captured());
            put(data, "paidAt", time(paid.occurredAt()));
        } else if (event instanceof PaymentFailed failed) {
            put(data, "paymentMethod", failed.method().name());
            put(data, "reason", failed.reason());
            put(data, "failedAt", time(failed.occurredAt()));
        } else if (event instanceof PaymentActionRequired waiting) {
            put(data, "paymentMethod", waiting.method().name());
            put(data, "at", time(waiting.occurredAt()));
        } else if (event instanceof PaymentRefunded refunded) {
            put(data, "paymentMethod", refunded.method().name());
            money(refunded.amount(), data, "amount");
            put(data, "refundedAt", time(refunded.occurredAt()));
        } else if (event instanceof OrderCancelled cancelled) {
            put(data, "cancelledBy", cancelled.cancelledBy().name());
            put(data, "cancelledAt", time(cancelled.occurredAt()));
        } else if (event instanceof CourierPositionReported reported) {
            CourierPosition position = reported.position();
            put(data, "lat", position.lat());
            put(data, "lon", position.lon());
            if (position.heading().isPresent()) {
                data.writeNumberField("heading", position.heading().getAsDouble());
            }
            if (position.speed().isPresent()) {
                data.writeNumberField("speed", position.speed().getAsDouble());
            }
            put(data, "at", time(position.at()));
        } else if (event instanceof EstimatesRevised revised) {
            put(data, "estimatedReadyAt", time(revised.estimates().readyAt()));
            put(data, "estimatedDeliveryAt", time(revised.estimates().deliveryAt()));
            put(data, "revisedAt", time(revised.occurredAt()));
        } else if (event instanceof OrderRated rated) {
            put(data, "food", rated.rating().food());
            put(data, "delivery", rated.rating().delivery());
            put(data, "comment", rated.rating().comment());
            put(data, "lowRating", rated.lowRating());
            put(data, "ratedAt", time(rated.occurredAt()));
        } else {
            // The kitchen's and courier's steps: the step's name is the type, its time is all there is.
            put(data, "at", time(event.occurredAt()));
        }
    }

    private static void order(Order order, JsonGenerator data) throws IOException {
        put(data, "status", order.status().name());
        put(data, "paymentMethod", order.paymentMethod().name());
        put(data, "paymentStatus", order.paymentStatus().name());
        put(data, "currency", order.total().currency().getCurrencyCode());
        put(data, "totalAmount", order.total().amount());
        data.writeArrayFieldStart("lines");
        for (OrderLine line : order.lines()) {
            data.writeStartObject();
            put(data, "menuItemId", line.menuItemId().value());
            put(data, "name", line.name());
            put(data, "unitPrice", line.unitPrice().amount());
            put(data, "quantity", line.quantity());
            put(data, "lineCost", line.cost().amount());
            data.writeEndObject();
        }
        data.writeEndArray();
        put(data, "deliveryAddress", order.address().value());
        put(data, "comment", order.comment());
        put(data, "registeredAt", time(order.timeline().registeredAt()));
        put(data, "estimatedReadyAt", time(order.estimates().readyAt()));
        put(data, "estimatedDeliveryAt", time(order.estimates().deliveryAt()));
    }

    private static void account(AccountEvent event, JsonGenerator data) throws IOException {
        if (event instanceof CustomerRegistered registered) {
            customer(registered.customer(), data);
            put(data, "registeredAt", time(registered.occurredAt()));
        } else if (event instanceof CustomerProfileChanged changed) {
            customer(changed.customer(), data);
            put(data, "changedAt", time(changed.occurredAt()));
        } else if (event instanceof PasswordChanged changed) {
            put(data, "keptSessionId", changed.keptSession().value());
            put(data, "changedAt", time(changed.occurredAt()));
        } else if (event instanceof SessionStarted started) {
            put(data, "sessionId", started.sessionId().value());
            put(data, "startedAt", time(started.occurredAt()));
            put(data, "expiresAt", time(started.expiresAt()));
        } else if (event instanceof CardLinked linked) {
            // Brand, last four and expiry only: neither the processor's ids nor anything of the number.
            put(data, "cardId", linked.card().id().value());
            put(data, "brand", linked.card().summary().brand());
            put(data, "last4", linked.card().summary().last4());
            put(data, "expMonth", linked.card().expiry().getMonthValue());
            put(data, "expYear", linked.card().expiry().getYear());
            put(data, "default", linked.card().isDefault());
            put(data, "linkedAt", time(linked.occurredAt()));
        } else if (event instanceof CardUnlinked unlinked) {
            put(data, "cardId", unlinked.cardId().value());
            put(data, "unlinkedAt", time(unlinked.occurredAt()));
        } else if (event instanceof DefaultCardChanged changed) {
            put(data, "cardId", changed.cardId().value());
            put(data, "changedAt", time(changed.occurredAt()));
        } else {
            SessionEnded ended = (SessionEnded) event;
            put(data, "sessionId", ended.sessionId().value());
            put(data, "endedAt", time(ended.occurredAt()));
        }
    }

    private static void customer(Customer customer, JsonGenerator data) throws IOException {
        put(data, "login", customer.login().value());
        put(data, "email", customer.email().value());
        put(data, "phoneNumber", customer.phoneNumber().value());
        data.writeStringField(
                "deliveryAddress",
                customer.deliveryAddress().map(address -> address.value()).orElse(null));
        data.writeStringField(
                "preferredPaymentMethod",
                customer.preferredPaymentMethod().map(method -> method.name()).orElse(null));
    }

    private static void money(Money money, JsonGenerator data, String field) throws IOException {
        put(data, field, money.amount());
        put(data, "currency", money.currency().getCurrencyCode());
    }

    // One name per JSON type, chosen by the value's type as ObjectNode.put chose its node.
    private static void put(JsonGenerator data, String field, String value) throws IOException {
        data.writeStringField(field, value);
    }

    private static void put(JsonGenerator data, String field, int value) throws IOException {
        data.writeNumberField(field, value);
    }

    private static void put(JsonGenerator data, String field, double value) throws IOException {
        data.writeNumberField(field, value);
    }

    private static void put(JsonGenerator data, String field, BigDecimal value) throws IOException {
        data.writeNumberField(field, value);
    }

    private static void put(JsonGenerator data, String field, boolean value) throws IOException {
        data.writeBooleanField(field, value);
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
