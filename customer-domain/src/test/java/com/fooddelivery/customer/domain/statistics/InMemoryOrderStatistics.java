package com.fooddelivery.customer.domain.statistics;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link OrderStatistics} read from the orders in memory, by the port's rules: an order counts once it
 * is delivered or paid and not cancelled, cancelled ones are counted apart, buckets are cut in the
 * customer's zone and the empty ones are zeros. For route tests and embedders without a database.
 */
public final class InMemoryOrderStatistics implements OrderStatistics {

    private final InMemoryOrderRepository orders;

    /** @param orders the orders counted */
    public InMemoryOrderStatistics(InMemoryOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<BucketFigures> series(CustomerId customer, StatisticsPeriod period) {
        Map<LocalDateTime, BucketFigures> buckets = new TreeMap<>();
        LocalDate last = period.to();
        for (LocalDate start = start(period.from(), period.bucket());
                !start.isAfter(last);
                start = next(start, period.bucket())) {
            buckets.put(start.atStartOfDay(), new BucketFigures(start.atStartOfDay(), 0, 0, BigDecimal.ZERO, 0));
        }
        for (Order order : ofPeriod(customer, period)) {
            LocalDateTime bucket =
                    start(local(order, period).toLocalDate(), period.bucket()).atStartOfDay();
            BucketFigures was = buckets.get(bucket);
            boolean counted = counted(order);
            buckets.put(
                    bucket,
                    new BucketFigures(
                            bucket,
                            was.orders() + (counted ? 1 : 0),
                            was.items() + (counted ? order.itemCount() : 0),
                            counted ? was.spent().add(order.total().amount()) : was.spent(),
                            was.cancelled() + (order.status() == OrderStatus.CANCELLED ? 1 : 0)));
        }
        return List.copyOf(buckets.values());
    }

    @Override
    public List<ItemFigures> items(CustomerId customer, StatisticsPeriod period) {
        Map<Integer, ItemFigures> items = new TreeMap<>();
        for (Order order : counted(customer, period)) {
            for (OrderLine line : order.lines()) {
                MenuItemId id = line.menuItemId();
                ItemFigures none = new ItemFigures(id, line.name(), 0, BigDecimal.ZERO);
                ItemFigures was = items.getOrDefault(id.value(), none);
                items.put(
                        id.value(),
                        new ItemFigures(
                                id,
                                was.name().compareTo(line.name()) >= 0 ? was.name() : line.name(),
                                was.quantity() + line.quantity(),
                                was.spent().add(line.cost().amount())));
            }
        }
        return List.copyOf(items.values());
    }

    @Override
    public List<PlaceFigures> places(CustomerId customer, StatisticsPeriod period) {
        Map<String, PlaceFigures> places = new TreeMap<>();
        for (Order order : counted(customer, period)) {
            String address = order.address().value();
            PlaceFigures was = places.getOrDefault(address, new PlaceFigures(address, 0, BigDecimal.ZERO));
            places.put(
                    address,
                    new PlaceFigures(
                            address,
                            was.orders() + 1,
                            was.spent().add(order.total().amount())));
        }
        return places.values().stream()
                .sorted(Comparator.comparingLong(PlaceFigures::orders)
                        .thenComparing(PlaceFigures::spent)
                        .reversed()
                        .thenComparing(PlaceFigures::address))
                .toList();
    }

    @Override
    public List<TimeFigures> times(CustomerId customer, StatisticsPeriod period) {
        Map<Integer, TimeFigures> times = new TreeMap<>();
        for (Order order : counted(customer, period)) {
            LocalDateTime at = local(order, period);
            int weekday = at.getDayOfWeek().getValue();
            int key = weekday * 24 + at.getHour();
            TimeFigures was = times.getOrDefault(key, new TimeFigures(weekday, at.getHour(), 0));
            times.put(key, new TimeFigures(weekday, at.getHour(), was.orders() + 1));
        }
        return List.copyOf(times.values());
    }

    private List<Order> ofPeriod(CustomerId customer, StatisticsPeriod period) {
        return orders.all().stream()
                .filter(order -> order.customerId().equals(customer))
                .filter(order -> {
                    LocalDate day = local(order, period).toLocalDate();
                    return !day.isBefore(period.from()) && !day.isAfter(period.to());
                })
                .toList();
    }

    private List<Order> counted(CustomerId customer, StatisticsPeriod period) {
        return ofPeriod(customer, period).stream()
                .filter(InMemoryOrderStatistics::counted)
                .toList();
    }

    private static boolean counted(Order order) {
        return order.status() != OrderStatus.CANCELLED
                && (order.status() == OrderStatus.DELIVERED || order.paymentStatus() == PaymentStatus.PAID);
    }

    private static LocalDateTime local(Order order, StatisticsPeriod period) {
        return LocalDateTime.ofInstant(order.timeline().registeredAt(), period.zone());
    }

    /** The first day of the bucket a day falls in; weeks begin on Monday, as ISO's and PostgreSQL's do. */
    private static LocalDate start(LocalDate day, Bucket bucket) {
        return switch (bucket) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate start, Bucket bucket) {
        return switch (bucket) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }
}
