package com.example.embedding;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderSummary;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in insertion order; an order's position in that order is its page cursor, as a database's
 * key would be. {@link #lockByUid} needs no lock here: {@link LockingUnitOfWork} runs one
 * transaction at a time.
 */
public final class MapOrderRepository implements OrderRepository {

    private final Map<OrderUid, Order> orders = new LinkedHashMap<>();
    private final Map<OrderUid, Long> positions = new LinkedHashMap<>();

    @Override
    public synchronized void add(Order order) {
        if (orders.putIfAbsent(order.uid(), order) != null) {
            throw new IllegalStateException("order " + order.uid() + " exists");
        }
        positions.put(order.uid(), (long) positions.size() + 1);
    }

    @Override
    public synchronized Optional<Order> byUid(OrderUid uid) {
        return Optional.ofNullable(orders.get(uid));
    }

    @Override
    public synchronized Optional<Order> lockByUid(OrderUid uid) {
        return byUid(uid);
    }

    @Override
    public synchronized void update(Order order) {
        if (orders.replace(order.uid(), order) == null) {
            throw new IllegalStateException("order " + order.uid() + " was never stored");
        }
    }

    @Override
    public synchronized OrderPage page(CustomerId customerId, boolean pendingOnly, int limit,
                                       Optional<OrderPage.Position> after) {
        List<Order> newestFirst = new ArrayList<>(orders.values());
        Collections.reverse(newestFirst);
        List<Order> matching = newestFirst.stream()
                .filter(order -> order.customerId().equals(customerId))
                .filter(order -> !pendingOnly || order.status().pending())
                .filter(order -> after.map(start -> positions.get(order.uid()) < start.value()).orElse(true))
                .limit(limit + 1L)
                .toList();
        List<OrderSummary> page = matching.stream().limit(limit)
                .map(order -> new OrderSummary(order.uid(), order.status(), order.timeline().registeredAt(),
                        order.total(), order.itemCount(), order.estimates().deliveryAt()))
                .toList();
        Optional<OrderPage.Position> next = matching.size() > limit
                ? Optional.of(new OrderPage.Position(positions.get(page.get(limit - 1).uid())))
                : Optional.empty();
        return new OrderPage(page, next);
    }

    @Override
    public synchronized List<Order> lockUnpaidPlacedBefore(Instant placedBefore, int limit) {
        return orders.values().stream()
                .filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT
                        && order.timeline().registeredAt().isBefore(placedBefore))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int kitchenQueue() {
        return (int) orders.values().stream()
                .filter(order -> order.status() == OrderStatus.PROCESSING || order.status() == OrderStatus.COOKING)
                .count();
    }
}
