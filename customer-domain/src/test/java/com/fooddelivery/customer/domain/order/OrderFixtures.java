package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Test data builder for orders: {@code anOrder().by(customer).paidWith(CARD).build()}. */
public final class OrderFixtures {

    public static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private CustomerId customer = new CustomerId(1);
    private PaymentMethod method = PaymentMethod.CASH_ON_DELIVERY;
    private Instant at = T0;
    private List<OrderLine> lines = List.of(
            new OrderLine(new MenuItemId(1), "Margherita", Money.of("8.50", EUR), 2),
            new OrderLine(new MenuItemId(2), "Cola", Money.of("2.20", EUR), 1));

    private OrderFixtures() {}

    public static OrderFixtures anOrder() {
        return new OrderFixtures();
    }

    public OrderFixtures by(CustomerId value) {
        customer = value;
        return this;
    }

    public OrderFixtures paidWith(PaymentMethod value) {
        method = value;
        return this;
    }

    public OrderFixtures placedAt(Instant value) {
        at = value;
        return this;
    }

    public OrderFixtures withLines(List<OrderLine> value) {
        lines = value;
        return this;
    }

    public Order build() {
        return Order.place(
                OrderUid.random(),
                customer,
                lines,
                new DeliveryAddress("Main street 1, Berlin"),
                "ring twice",
                method,
                at,
                new Estimates(at.plus(Duration.ofMinutes(20)), at.plus(Duration.ofMinutes(45))));
    }
}
