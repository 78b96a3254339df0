package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderSummary;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.rating.Rating;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JSON shapes of orders: the full report, list entries, and what the client and the kitchen send. */
final class OrderDtos {

    private OrderDtos() {}

    /** Prices a client sends are accepted and ignored: the menu prices every order. */
    @JsonIgnoreProperties({"price", "unitPrice", "name", "cost"})
    record LineRequest(Integer menuItemId, Integer quantity) {}

    record PlaceOrderRequest(List<LineRequest> items, String deliveryAddress, String paymentMethod, String comment) {}

    record EventRequest(
            String type, Instant at, Instant estimatedReadyAt, Instant estimatedDeliveryAt, String terminalReference) {}

    record LineDto(int menuItemId, String name, BigDecimal unitPrice, int quantity, BigDecimal cost) {}

    /**
     * Every field of the spec's order report; steps not yet reached are null. {@code payment} is the
     * latest payment attempt with its outcome, null before any.
     */
    record OrderDto(
            String uid,
            String status,
            String paymentMethod,
            String paymentStatus,
            String currency,
            BigDecimal total,
            int itemCount,
            String deliveryAddress,
            String comment,
            List<LineDto> items,
            Instant registeredAt,
            Instant cookingStartedAt,
            Instant cookingFinishedAt,
            Instant deliveryStartedAt,
            Instant deliveredAt,
            Instant cancelledAt,
            Instant estimatedReadyAt,
            Instant estimatedDeliveryAt,
            String reportUrl,
            PaymentDtos.PaymentDto payment,
            RatingDtos.RatingDto rating,
            @JsonInclude(JsonInclude.Include.NON_NULL) CourierDto courier) {}

    /**
     * Where the courier is, shown with an order on its way.
     *
     * @param lat latitude
     * @param lon longitude
     * @param at  when it was measured
     */
    record CourierDto(double lat, double lon, Instant at) {
        static CourierDto of(CourierPosition position) {
            return new CourierDto(position.lat(), position.lon(), position.at());
        }
    }

    /**
     * A courier's report of where they are.
     *
     * @param lat     latitude
     * @param lon     longitude
     * @param at      when it was measured
     * @param heading degrees from north, if known
     * @param speed   metres a second, if known
     */
    record CourierPositionRequest(Double lat, Double lon, Instant at, Double heading, Double speed) {}

    record SummaryDto(
            String uid,
            String status,
            Instant registeredAt,
            BigDecimal total,
            String currency,
            int itemCount,
            Instant estimatedDeliveryAt,
            String url) {}

    record OrderList(List<SummaryDto> orders, String nextCursor) {}

    static String location(Order order) {
        return HttpApi.BASE + "/orders/" + order.uid();
    }

    /** The order with its payment, its rating and, while it is on its way, where its courier is. */
    static OrderDto toDto(
            Order order, Optional<Payment> payment, Optional<Rating> rating, Optional<CourierPosition> courier) {
        var timeline = order.timeline();
        return new OrderDto(
                order.uid().toString(),
                order.status().name(),
                order.paymentMethod().name(),
                order.paymentStatus().name(),
                order.total().currency().getCurrencyCode(),
                order.total().amount(),
                order.itemCount(),
                order.address().value(),
                order.comment(),
                order.lines().stream().map(OrderDtos::toDto).toList(),
                timeline.registeredAt(),
                timeline.cookingStartedAt().orElse(null),
                timeline.cookingFinishedAt().orElse(null),
                timeline.deliveryStartedAt().orElse(null),
                timeline.deliveredAt().orElse(null),
                timeline.cancelledAt().orElse(null),
                order.estimates().readyAt(),
                order.estimates().deliveryAt(),
                location(order) + "/report.pdf",
                payment.map(PaymentDtos::toDto).orElse(null),
                rating.map(RatingDtos::toDto).orElse(null),
                courier.map(CourierDto::of).orElse(null));
    }

    static SummaryDto toDto(OrderSummary summary) {
        return new SummaryDto(
                summary.uid().toString(),
                summary.status().name(),
                summary.registeredAt(),
                summary.total().amount(),
                summary.total().currency().getCurrencyCode(),
                summary.itemCount(),
                summary.estimatedDeliveryAt(),
                HttpApi.BASE + "/orders/" + summary.uid());
    }

    private static LineDto toDto(OrderLine line) {
        return new LineDto(
                line.menuItemId().value(),
                line.name(),
                line.unitPrice().amount(),
                line.quantity(),
                line.cost().amount());
    }
}
