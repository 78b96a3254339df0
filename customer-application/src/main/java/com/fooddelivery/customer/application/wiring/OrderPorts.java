package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderHistory;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.PlacementReads;
import java.util.Objects;
import java.util.Optional;

/**
 * The ports of orders: placing and following them.
 *
 * @param prices           today's price and availability of the items an order names
 * @param placementReads   an order's token check, key claim, prices and kitchen queue read together; without it
 *     they are read one after the other ({@link PlacementReads#oneByOne}, four round trips to a database)
 * @param history          the customer's orders with every line, for the export
 * @param courierPositions where the courier of an order is, for live tracking
 */
public record OrderPorts(
        OrderRepository orders,
        IdempotencyKeys idempotencyKeys,
        MenuPrices prices,
        Optional<PlacementReads> placementReads,
        Optional<OrderHistory> history,
        Optional<CourierPositions> courierPositions) {

    /** Requires every port; the optional ones may be empty, never null. */
    public OrderPorts {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(placementReads, "placementReads");
        Objects.requireNonNull(history, "orderHistory");
        Objects.requireNonNull(courierPositions, "courierPositions");
    }
}
