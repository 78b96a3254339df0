package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.InMemoryIdempotencyKeys;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order request's names: the core speaks of lines and keys, the client keeps reading its own fields. */
class PlaceOrderFieldsTest {

    private static final CustomerId ANNA = new CustomerId(1);
    private static final SessionToken ANNAS_TOKEN =
            SessionToken.parse("a".repeat(43)).orElseThrow();
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final PlaceOrder placeOrder = new PlaceOrder(
            sessions,
            orders,
            menu,
            new InMemoryIdempotencyKeys(),
            new InMemoryPaymentRepository(),
            new InMemoryUnitOfWork(),
            EstimatePolicy.DEFAULT,
            new MutableClock(NOW),
            new InMemoryEventLog(new InMemoryCustomerRepository()));
    private MenuItem soup;

    @BeforeEach
    void aMenuAndAnnaSignedIn() {
        sessions.add(new NewSession(ANNA, ANNAS_TOKEN.digest(), NOW, NOW.plusSeconds(3600), "test"));
        Category category = menu.add(new NewCategory("Soups", "", Optional.empty()));
        soup = menu.add(new NewMenuItem(
                category.id(), "Borscht", "", Money.of("6.00", Currency.getInstance("EUR")), Optional.empty()));
    }

    @Test
    void everyBrokenFieldIsNamedAsTheClientSentIt() {
        List<OrderDtos.LineRequest> items = Arrays.asList(
                new OrderDtos.LineRequest(soup.id().value(), 1),
                new OrderDtos.LineRequest(0, null),
                null,
                new OrderDtos.LineRequest(soup.id().value(), 100));

        assertThat(fields(null, new OrderDtos.PlaceOrderRequest(items, "", "PAYPAL", "c".repeat(501))))
                .containsExactly(
                        "items[1].menuItemId",
                        "items[1].quantity",
                        "items[2].menuItemId",
                        "items[2].quantity",
                        "items[3].quantity",
                        "deliveryAddress",
                        "paymentMethod",
                        "comment",
                        "Idempotency-Key");
        assertThat(orders.page(ANNA, false, 10, Optional.empty()).orders()).isEmpty();
    }

    @Test
    void noItemsAndItemsOffTheMenuAreNamedAsItems() {
        assertThat(fields("k", new OrderDtos.PlaceOrderRequest(null, "Main street 1", "CARD", null)))
                .containsExactly("items");
        assertThat(fields(
                        "k",
                        new OrderDtos.PlaceOrderRequest(
                                List.of(
                                        new OrderDtos.LineRequest(soup.id().value(), 1),
                                        new OrderDtos.LineRequest(999, 1)),
                                "Main street 1",
                                "CARD",
                                null)))
                .containsExactly("items[1].menuItemId");
    }

    @Test
    void aWellFormedRequestIsPlacedAsSent() {
        PlaceOrder.Result placed = place(
                "k",
                new OrderDtos.PlaceOrderRequest(
                        List.of(new OrderDtos.LineRequest(soup.id().value(), 3)),
                        "Main street 1",
                        "CASH_ON_DELIVERY",
                        null));

        assertThat(placed.order().lines()).singleElement().satisfies(line -> {
            assertThat(line.menuItemId()).isEqualTo(soup.id());
            assertThat(line.quantity()).isEqualTo(3);
        });
    }

    private List<String> fields(String key, OrderDtos.PlaceOrderRequest request) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> place(key, request));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(FieldError::field).toList();
    }

    private PlaceOrder.Result place(String key, OrderDtos.PlaceOrderRequest request) {
        return PlaceOrderFields.place(placeOrder, PlaceOrderFields.command(ANNAS_TOKEN, key, request));
    }
}
