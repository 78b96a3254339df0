package com.fooddelivery.customer.domain.rating;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OrderRatings} promises; run against the fake and against PostgreSQL. */
public abstract class OrderRatingsContract {

    private OrderRepositoryContract.Stores orderStores;
    private OrderRatings ratings;
    private CustomerId anna;

    /** Empty stores over the same data, the ratings keyed by the orders stored there. */
    protected abstract Stores emptyStores();

    /**
     * @param orders  the customers and orders the ratings belong to
     * @param ratings the port under test
     */
    public record Stores(OrderRepositoryContract.Stores orders, OrderRatings ratings) {}

    @BeforeEach
    void aCustomer_() {
        Stores stores = emptyStores();
        orderStores = stores.orders();
        ratings = stores.ratings();
        anna = orderStores.customers().add(aCustomer(1).build()).id();
    }

    private Order stored() {
        Order order = anOrder().by(anna).build();
        orderStores.orders().add(order);
        return order;
    }

    @Test
    void anOrderHasNoRatingUntilItIsGivenOne() {
        Order order = stored();

        assertThat(ratings.of(order.uid())).isEmpty();
    }

    @Test
    void aRatingComesBackAsStoredWithItsCommentAndMoment() {
        Order order = stored();
        Rating rating = new Rating(4, 2, "cold fries, ünïcode ok", T0.plusSeconds(3600));

        ratings.save(order.uid(), rating);

        assertThat(ratings.of(order.uid())).contains(rating);
    }

    @Test
    void savingAgainReplacesTheRatingAndLeavesOtherOrdersAlone() {
        Order first = stored();
        Order second = stored();
        ratings.save(first.uid(), new Rating(1, 1, "late", T0));
        ratings.save(second.uid(), new Rating(5, 5, "", T0));

        Rating changed = new Rating(3, 4, "", T0.plusSeconds(60));
        ratings.save(first.uid(), changed);

        assertThat(ratings.of(first.uid())).contains(changed);
        assertThat(ratings.of(second.uid())).contains(new Rating(5, 5, "", T0));
    }
}
