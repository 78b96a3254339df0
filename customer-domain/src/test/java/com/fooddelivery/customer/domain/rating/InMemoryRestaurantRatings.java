package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link RestaurantRatings} read from the in-memory orders and ratings, averaged as PostgreSQL rounds. */
public final class InMemoryRestaurantRatings implements RestaurantRatings {

    private final InMemoryOrderRepository orders;
    private final InMemoryOrderRatings ratings;

    public InMemoryRestaurantRatings(InMemoryOrderRepository orders, InMemoryOrderRatings ratings) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
    }

    @Override
    public RatingSummary since(Instant since) {
        List<Rating> given = ratings.all().values().stream()
                .filter(r -> !r.ratedAt().isBefore(since))
                .toList();
        return new RatingSummary(
                average(given.stream().map(Rating::food).toList()),
                average(given.stream().map(Rating::delivery).toList()),
                given.size());
    }

    @Override
    public Map<MenuItemId, ItemRating> ofItems(Collection<MenuItemId> items) {
        Map<MenuItemId, List<Integer>> stars = new HashMap<>();
        for (Order order : orders.all()) {
            Rating rating = ratings.all().get(order.uid());
            if (rating == null) {
                continue;
            }
            order.lines().stream()
                    .map(OrderLine::menuItemId)
                    .filter(items::contains)
                    .distinct()
                    .forEach(item -> stars.computeIfAbsent(item, any -> new ArrayList<>())
                            .add(rating.food()));
        }
        return stars.entrySet().stream()
                .filter(entry -> entry.getValue().size() >= ItemRating.SHOWN_FROM)
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> new ItemRating(
                                average(entry.getValue()).orElseThrow(),
                                entry.getValue().size())));
    }

    private static Optional<BigDecimal> average(List<Integer> stars) {
        if (stars.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum =
                BigDecimal.valueOf(stars.stream().mapToInt(Integer::intValue).sum());
        return Optional.of(sum.divide(BigDecimal.valueOf(stars.size()), 2, RoundingMode.HALF_UP));
    }
}
