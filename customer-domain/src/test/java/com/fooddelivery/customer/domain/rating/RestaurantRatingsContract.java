package com.fooddelivery.customer.domain.rating;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;
import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RestaurantRatings} promises; run against the fake and against PostgreSQL. The order
 * fixtures' lines name menu items 1 (Margherita) and 2 (Cola), which the database's stores must have.
 */
public abstract class RestaurantRatingsContract {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final MenuItemId MARGHERITA = new MenuItemId(1);
    private static final MenuItemId COLA = new MenuItemId(2);

    private OrderRepositoryContract.Stores orderStores;
    private OrderRatings ratings;
    private RestaurantRatings restaurant;
    private CustomerId anna;

    /** Empty stores over the same data: orders, their ratings, and the port under test reading both. */
    protected abstract Stores emptyStores();

    /**
     * @param orders     the customers and orders
     * @param ratings    where the ratings are written
     * @param restaurant the port under test
     */
    public record Stores(OrderRepositoryContract.Stores orders, OrderRatings ratings, RestaurantRatings restaurant) {}

    @BeforeEach
    void aCustomer_() {
        Stores stores = emptyStores();
        orderStores = stores.orders();
        ratings = stores.ratings();
        restaurant = stores.restaurant();
        anna = orderStores.customers().add(aCustomer(1).build()).id();
    }

    private void rated(List<OrderLine> lines, int food, int delivery, int minutesAfterT0) {
        Order order = anOrder().by(anna).withLines(lines).build();
        orderStores.orders().add(order);
        ratings.save(order.uid(), new Rating(food, delivery, "", T0.plusSeconds(60L * minutesAfterT0)));
    }

    private static OrderLine line(MenuItemId item, int quantity) {
        return new OrderLine(item, item.equals(MARGHERITA) ? "Margherita" : "Cola", Money.of("2.00", EUR), quantity);
    }

    @Test
    void nobodyRatedMeansNoAveragesAndCountZero() {
        assertThat(restaurant.since(T0)).isEqualTo(new RatingSummary(Optional.empty(), Optional.empty(), 0));
        assertThat(restaurant.ofItems(List.of(MARGHERITA, COLA))).isEmpty();
    }

    @Test
    void theSummaryAveragesToTwoDecimalsTheRatingsGivenFromTheMomentOn() {
        rated(List.of(line(MARGHERITA, 1)), 1, 1, -1);
        rated(List.of(line(MARGHERITA, 1)), 5, 4, 0);
        rated(List.of(line(MARGHERITA, 1)), 4, 4, 10);
        rated(List.of(line(MARGHERITA, 1)), 2, 3, 20);

        RatingSummary summary = restaurant.since(T0);

        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.food()).hasValueSatisfying(food -> assertThat(food).isEqualByComparingTo("3.67"));
        assertThat(summary.delivery())
                .hasValueSatisfying(delivery -> assertThat(delivery).isEqualByComparingTo("3.67"));
    }

    @Test
    void anItemIsShownFromFiveRatedOrdersEachCountedOnceHoweverManyLinesNameIt() {
        for (int i = 0; i < ItemRating.SHOWN_FROM - 1; i++) {
            rated(List.of(line(MARGHERITA, 1), line(COLA, 1)), 4, 1, i);
        }
        rated(List.of(line(MARGHERITA, 1), line(MARGHERITA, 2)), 5, 1, 10);
        Order unrated = anOrder().by(anna).withLines(List.of(line(COLA, 1))).build();
        orderStores.orders().add(unrated);

        Map<MenuItemId, ItemRating> items = restaurant.ofItems(List.of(MARGHERITA, COLA));

        assertThat(items).containsOnlyKeys(MARGHERITA);
        assertThat(items.get(MARGHERITA).count()).isEqualTo(ItemRating.SHOWN_FROM);
        assertThat(items.get(MARGHERITA).average()).isEqualByComparingTo(new BigDecimal("4.20"));
        assertThat(restaurant.ofItems(List.of(COLA))).isEmpty();
        assertThat(restaurant.ofItems(List.of())).isEmpty();
    }
}
