package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** Lists a customer's orders, newest first, a page at a time. */
public class ListOrders {

    /** Page size when the client names none. */
    public static final int DEFAULT_LIMIT = 20;
    /** Largest page. */
    public static final int MAX_LIMIT = 100;

    private final OrderRepository orders;

    @Inject
    public ListOrders(OrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /** One page of the customer's orders. */
    public OrderPage list(Query query) {
        return orders.page(query.customer(), query.pendingOnly(), query.limit(), query.after());
    }

    /**
     * Which page.
     *
     * @param limit       1 to 100
     * @param after       where the page starts, from the previous page; empty for the first
     */
    public record Query(CustomerId customer, boolean pendingOnly, int limit, Optional<OrderPage.Position> after) {

        /**
         * Requires the customer and a page size of 1 to {@link ListOrders#MAX_LIMIT}.
         *
         * @throws com.fooddelivery.customer.domain.shared.ValidationException on field {@code limit}
         */
        public Query {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(after, "after");
            Validator.check()
                    .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT)
                    .done();
        }
    }
}
