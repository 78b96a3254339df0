package com.fooddelivery.customer.adapter.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Instant;

/**
 * An event's CloudEvents {@code data} as JSON, in the shapes {@code docs/asyncapi.yaml} describes. The
 * customer's uid is added by the statement that stores it, which looks it up in the same transaction.
 * Only the fields named here are written, so nothing secret can slip in with a new field of a record.
 */
final class EventData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventData() {}

    static String of(DomainEvent event) {
        ObjectNode data = JSON.createObjectNode();
        if (event instanceof OrderHistoryEvent order) {
            data.put("orderUid", order.orderUid().toString());
            orderDetails(order, data);
        } else {
            account((AccountEvent) event, data);
        }
        return data.toString();
    }

    private static void orderDetails(OrderHistoryEvent event, ObjectNode data) {
        if (event instanceof OrderPlaced placed) {
            order(placed.order(), data);
        } else if (event instanceof OrderPaid paid) {
            data.put("paymentMethod", paid.method().name());
            money(paid.amount(), data, "amount");
            data.put("captured", paid.captured());
            data.put("paidAt", time(paid.occurredAt()));
        } else if (event instanceof PaymentFailed failed) {
            data.put("paymentMethod", failed.method().name());
            data.put("reason", failed.reason());
            data.put("failedAt", time(failed.occurredAt()));
        } else if (event instanceof PaymentActionRequired waiting) {
            data.put("paymentMethod", waiting.method().name());
            data.put("at", time(waiting.occurredAt()));
        } else if (event instanceof PaymentRefunded refunded) {
            data.put("paymentMethod", refunded.method().name());
            money(refunded.amount(), data, "amount");
            data.put("refundedAt", time(refunded.occurredAt()));
        } else if (event instanceof OrderCancelled cancelled) {
            data.put("cancelledBy", cancelled.cancelledBy().name());
            data.put("cancelledAt", time(cancelled.occurredAt()));
        } else if (event instanceof CourierPositionReported reported) {
            CourierPosition position = reported.position();
            data.put("lat", position.lat());
            data.put("lon", position.lon());
            position.heading().ifPresent(heading -> data.put("heading", heading));
            position.speed().ifPresent(speed -> data.put("speed", speed));
            data.put("at", time(position.at()));
        } else if (event instanceof EstimatesRevised revised) {
            data.put("estimatedReadyAt", time(revised.estimates().readyAt()));
            data.put("estimatedDeliveryAt", time(revised.estimates().deliveryAt()));
            data.put("revisedAt", time(revised.occurredAt()));
        } else if (event instanceof OrderRated rated) {
            data.put("food", rated.rating().food());
            data.put("delivery", rated.rating().delivery());
            data.put("comment", rated.rating().comment());
            data.put("lowRating", rated.lowRating());
            data.put("ratedAt", time(rated.occurredAt()));
        } else {
            // The kitchen's and courier's steps: the step's name is the type, its time is all there is.
            data.put("at", time(event.occurredAt()));
        }
    }

    private static void order(Order order, ObjectNode data) {
        data.put("status", order.status().name());
        data.put("paymentMethod", order.paymentMethod().name());
        data.put("paymentStatus", order.paymentStatus().name());
        data.put("currency", order.total().currency().getCurrencyCode());
        data.put("totalAmount", order.total().amount());
        ArrayNode lines = data.putArray("lines");
        for (OrderLine line : order.lines()) {
            ObjectNode item = lines.addObject();
            item.put("menuItemId", line.menuItemId().value());
            item.put("name", line.name());
            item.put("unitPrice", line.unitPrice().amount());
            item.put("quantity", line.quantity());
            item.put("lineCost", line.cost().amount());
        }
        data.put("deliveryAddress", order.address().value());
        data.put("comment", order.comment());
        data.put("registeredAt", time(order.timeline().registeredAt()));
        data.put("estimatedReadyAt", time(order.estimates().readyAt()));
        data.put("estimatedDeliveryAt", time(order.estimates().deliveryAt()));
    }

    private static void account(AccountEvent event, ObjectNode data) {
        if (event instanceof CustomerRegistered registered) {
            customer(registered.customer(), data);
            data.put("registeredAt", time(registered.occurredAt()));
        } else if (event instanceof CustomerProfileChanged changed) {
            customer(changed.customer(), data);
            data.put("changedAt", time(changed.occurredAt()));
        } else if (event instanceof PasswordChanged changed) {
            data.put("keptSessionId", changed.keptSession().value());
            data.put("changedAt", time(changed.occurredAt()));
        } else if (event instanceof SessionStarted started) {
            data.put("sessionId", started.sessionId().value());
            data.put("startedAt", time(started.occurredAt()));
            data.put("expiresAt", time(started.expiresAt()));
        } else if (event instanceof CardLinked linked) {
            // Brand, last four and expiry only: neither the processor's ids nor anything of the number.
            data.put("cardId", linked.card().id().value());
            data.put("brand", linked.card().summary().brand());
            data.put("last4", linked.card().summary().last4());
            data.put("expMonth", linked.card().expiry().getMonthValue());
            data.put("expYear", linked.card().expiry().getYear());
            data.put("default", linked.card().isDefault());
            data.put("linkedAt", time(linked.occurredAt()));
        } else if (event instanceof CardUnlinked unlinked) {
            data.put("cardId", unlinked.cardId().value());
            data.put("unlinkedAt", time(unlinked.occurredAt()));
        } else if (event instanceof DefaultCardChanged changed) {
            data.put("cardId", changed.cardId().value());
            data.put("changedAt", time(changed.occurredAt()));
        } else {
            SessionEnded ended = (SessionEnded) event;
            data.put("sessionId", ended.sessionId().value());
            data.put("endedAt", time(ended.occurredAt()));
        }
    }

    private static void customer(Customer customer, ObjectNode data) {
        data.put("login", customer.login().value());
        data.put("email", customer.email().value());
        data.put("phoneNumber", customer.phoneNumber().value());
        customer.deliveryAddress()
                .ifPresentOrElse(
                        address -> data.put("deliveryAddress", address.value()), () -> data.putNull("deliveryAddress"));
        customer.preferredPaymentMethod()
                .ifPresentOrElse(
                        method -> data.put("preferredPaymentMethod", method.name()),
                        () -> data.putNull("preferredPaymentMethod"));
    }

    private static void money(Money money, ObjectNode data, String field) {
        data.put(field, money.amount());
        data.put("currency", money.currency().getCurrencyCode());
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
