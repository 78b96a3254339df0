package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.shared.Snapshotting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders kept in memory, listed by insertion order as the database lists by key. */
public final class InMemoryOrderRepository implements OrderRepository, OrderHistory, Snapshotting {

    private final Map<OrderUid, Order> orders = new LinkedHashMap<>();
    private final Map<OrderUid, Long> positions = new LinkedHashMap<>();
    private long next = 1;

    @Override
    public synchronized Runnable snapshot() {
        Map<OrderUid, Order> ordersThen = new LinkedHashMap<>(orders);
        Map<OrderUid, Long> positionsThen = new LinkedHashMap<>(positions);
        long nextThen = next;
        return () -> {
            synchronized (this) {
                orders.clear();
                orders.putAll(ordersThen);
                positions.clear();
                positions.putAll(positionsThen);
                next = nextThen;
            }
        };
    }

    @Override
    public synchronized void add(Order order) {
        if (orders.containsKey(order.uid())) {
            throw new IllegalStateException("order " + order.uid() + " exists");
        }
        orders.put(order.uid(), order);
        positions.put(order.uid(), next++);
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
        if (!orders.containsKey(order.uid())) {
            throw new IllegalStateException("order " + order.uid() + " was never stored");
        }
        orders.put(order.uid(), order);
    }

    @Override
    public synchronized OrderPage page(
            CustomerId customerId, boolean pendingOnly, int limit, Optional<OrderPage.Position> after) {
        List<Order> newestFirst = new ArrayList<>(orders.values());
        Collections.reverse(newestFirst);
        List<OrderSummary> page = new ArrayList<>();
        Optional<OrderPage.Position> more = Optional.empty();
        for (Order order : newestFirst) {
            long position = positions.get(order.uid());
            if (!order.customerId().equals(customerId)
                    || (pendingOnly && !order.status().pending())
                    || after.map(start -> position >= start.value()).orElse(false)) {
                continue;
            }
            if (page.size() == limit) {
                more = Optional.of(
                        new OrderPage.Position(positions.get(page.get(limit - 1).uid())));
                break;
            }
            page.add(new OrderSummary(
                    order.uid(),
                    order.status(),
                    order.timeline().registeredAt(),
                    order.total(),
                    order.itemCount(),
                    order.estimates().deliveryAt()));
        }
        return new OrderPage(page, more);
    }

    @Override
    public synchronized List<Order> newestOf(CustomerId customerId, boolean pendingOnly, int limit) {
        List<Order> newestFirst = new ArrayList<>(orders.values());
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(order -> order.customerId().equals(customerId)
                        && (!pendingOnly || order.status().pending()))
                .limit(limit)
                .toList();
    }

    /**
     * Every stored order, in the order they were added, for fakes that read across customers.
     *
     * @return the orders
     */
    public synchronized List<Order> all() {
        return List.copyOf(orders.values());
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
