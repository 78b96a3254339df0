package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.PlaceOrderCommand;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.session.SignIn;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The customer journey on the core alone: sign up, sign in, browse the menu, order, pay by card,
 * order again and cancel. No database, no HTTP server; the use cases are wired with {@code new}.
 */
class CustomerJourneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final CustomerCore core = EmbeddedCustomerCore.inMemory(menu, menu,
            Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void signUpSignInOrderPayAndCancel() {
        Category pizza = menu.add(new NewCategory("Pizza", "Stone-baked", Optional.empty()));
        menu.add(new NewMenuItem(pizza.id(), "Margherita", "Tomato, mozzarella, basil", Money.of("8.50", EUR),
                Optional.empty()));

        // Sign up, then sign in with the email and check the token like every request would.
        Customer anna = core.accounts().signUp().signUp(
                SignUp.Command.of("anna", "anna@example.org", "+4915112345678", "correct horse battery"));
        SignIn.Result signedIn = core.accounts().signIn().signIn(
                new SignIn.Command("anna@example.org", "correct horse battery", "embedding-example"));
        Caller caller = core.accounts().authenticate().authenticate(signedIn.token().reveal());
        assertThat(caller.customerId()).isEqualTo(anna.id());
        assertThatThrownBy(() -> core.accounts().signIn().signIn(new SignIn.Command("anna", "wrong password!", "")))
                .isInstanceOf(AuthenticationException.class);

        // Browse the menu.
        List<Category> categories = core.menu().listCategories().list().categories();
        assertThat(categories).extracting(Category::name).containsExactly("Pizza");
        List<MenuItem> items =
                core.menu().listMenuItems().list(new ListMenuItems.Query(categories.get(0).id())).items();
        assertThat(items).extracting(MenuItem::name).containsExactly("Margherita");
        MenuItem margherita = items.get(0);

        // Order two pizzas, paid by card: the order waits for the money.
        Order placed = core.orders().placeOrder().place(new PlaceOrderCommand(signedIn.token(), "order-1",
                List.of(new PlaceOrderCommand.Line(margherita.id(), 2)), new DeliveryAddress("Hauptstr. 1, Berlin"),
                PaymentMethod.CARD, "ring twice")).order();
        assertThat(placed.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(placed.total()).isEqualTo(Money.of("17.00", EUR));

        // Pay it: the card is authorised and the order goes to the kitchen.
        PayOrder.Result paid = core.payments().payOrder().pay(new PayOrder.Command(caller, placed.uid(), "pay-1",
                Optional.of(new CardSource.Token("tok_visa"))));
        assertThat(paid.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
        assertThat(paid.order().status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(core.orders().showOrder().show(caller.customerId(), placed.uid()).status())
                .isEqualTo(OrderStatus.PROCESSING);

        // The same request again is a replay, not a second order.
        PlaceOrder.Result replayed = core.orders().placeOrder().place(new PlaceOrderCommand(signedIn.token(),
                "order-1", List.of(new PlaceOrderCommand.Line(margherita.id(), 2)),
                new DeliveryAddress("Hauptstr. 1, Berlin"), PaymentMethod.CARD, "ring twice"));
        assertThat(replayed.replayed()).isTrue();
        assertThat(replayed.order().uid()).isEqualTo(placed.uid());

        // Order again, cash at the door, and change your mind.
        Order second = core.orders().placeOrder().place(new PlaceOrderCommand(signedIn.token(), "order-2",
                List.of(new PlaceOrderCommand.Line(margherita.id(), 1)), new DeliveryAddress("Hauptstr. 1, Berlin"),
                PaymentMethod.CASH_ON_DELIVERY, null)).order();
        assertThat(second.status()).isEqualTo(OrderStatus.PROCESSING);
        Order cancelled = core.orders().cancelOrder().cancel(caller.customerId(), second.uid());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(core.orders().showOrder().show(caller.customerId(), second.uid()).status())
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(core.orders().showOrder().show(caller.customerId(), placed.uid()).status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void cancellingAPaidCardOrderReleasesTheHold() {
        Category pizza = menu.add(new NewCategory("Pizza", null, Optional.empty()));
        MenuItem item = menu.add(new NewMenuItem(pizza.id(), "Diavola", null, Money.of("9.90", EUR),
                Optional.empty()));
        core.accounts().signUp().signUp(
                SignUp.Command.of("bob", "bob@example.org", "+4915112345679", "another good password"));
        SessionToken bobsToken = core.accounts().signIn().signIn(
                new SignIn.Command("bob", "another good password", null)).token();
        Caller bob = core.accounts().authenticate().authenticate(bobsToken.reveal());

        Order order = core.orders().placeOrder().place(new PlaceOrderCommand(bobsToken, "k1",
                List.of(new PlaceOrderCommand.Line(item.id(), 1)),
                new DeliveryAddress("Hauptstr. 2, Berlin"), PaymentMethod.CARD, null)).order();
        core.payments().payOrder().pay(
                new PayOrder.Command(bob, order.uid(), "p1", Optional.of(new CardSource.Token("tok_visa"))));

        assertThat(core.orders().cancelOrder().cancel(bob.customerId(), order.uid()).status())
                .isEqualTo(OrderStatus.CANCELLED);
    }
}
