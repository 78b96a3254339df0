package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.order.OrderAgain;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import java.math.BigDecimal;
import java.util.List;

/** An earlier order priced on today's menu, with the request that would place it again. */
final class ReorderDtos {

    private ReorderDtos() {}

    record AvailableLine(
            int menuItemId,
            String name,
            BigDecimal unitPrice,
            int quantity,
            BigDecimal cost,
            BigDecimal previousUnitPrice) {}

    record UnavailableLine(int menuItemId, String name, int quantity) {}

    record Reorder(
            String fromOrder,
            String currency,
            List<AvailableLine> items,
            List<UnavailableLine> unavailable,
            BigDecimal total,
            OrderDtos.PlaceOrderRequest orderRequest) {}

    static Reorder toDto(OrderAgain.Result result) {
        Order order = result.order();
        List<AvailableLine> items =
                result.available().stream().map(ReorderDtos::available).toList();
        // Nothing left to order: no request to send, since POST /orders refuses an empty one.
        OrderDtos.PlaceOrderRequest request = items.isEmpty()
                ? null
                : new OrderDtos.PlaceOrderRequest(
                        items.stream()
                                .map(line -> new OrderDtos.LineRequest(line.menuItemId(), line.quantity()))
                                .toList(),
                        order.address().value(),
                        order.paymentMethod().name(),
                        order.comment());
        return new Reorder(
                order.uid().toString(),
                result.total().currency().getCurrencyCode(),
                items,
                result.unavailable().stream().map(ReorderDtos::unavailable).toList(),
                result.total().amount(),
                request);
    }

    private static AvailableLine available(OrderAgain.Line line) {
        OrderLine now = line.line();
        return new AvailableLine(
                now.menuItemId().value(),
                now.name(),
                now.unitPrice().amount(),
                now.quantity(),
                now.cost().amount(),
                line.previousPrice().amount());
    }

    private static UnavailableLine unavailable(OrderLine line) {
        return new UnavailableLine(line.menuItemId().value(), line.name(), line.quantity());
    }
}
