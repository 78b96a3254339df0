package com.fooddelivery.customer.domain.event;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerRegistered;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionEnded;
import com.fooddelivery.customer.domain.event.CustomerEventFeed.CustomerEvent;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.SessionId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerEventFeed} promises; run against the fake and against PostgreSQL. */
public abstract class CustomerEventFeedContract {

    private Stores stores;
    private Customer anna;
    private Customer bob;
    private Order annasOrder;
    private Order bobsOrder;

    /** Empty stores over the same data. */
    protected abstract Stores emptyStores();

    /**
     * @param customers  the events' customers
     * @param orders     the events' orders
     * @param unitOfWork the transactions events are appended in
     * @param log        where events are appended
     * @param feed       the port under test, reading the same log
     */
    public record Stores(
            CustomerRepository customers,
            OrderRepository orders,
            UnitOfWork unitOfWork,
            EventLog log,
            CustomerEventFeed feed) {}

    @BeforeEach
    void twoCustomersWithAnOrderEach() {
        stores = emptyStores();
        anna = stores.customers().add(aCustomer(1).build());
        bob = stores.customers().add(aCustomer(2).build());
        annasOrder = anOrder().by(anna.id()).build();
        bobsOrder = anOrder().by(bob.id()).build();
        stores.orders().add(annasOrder);
        stores.orders().add(bobsOrder);
    }

    private void append(DomainEvent... events) {
        stores.unitOfWork().inTransaction(() -> {
            stores.log().appendAll(List.of(events));
            return null;
        });
    }

    @Test
    void anEmptyLogHasHeadZeroAndNothingToRead() {
        assertThat(stores.feed().head()).isZero();
        assertThat(stores.feed().after(0, 10)).isEmpty();
        assertThat(stores.feed().ofCustomer(anna.id(), 0, 10)).isEmpty();
    }

    @Test
    void everyEventComesWithTheCustomerWhoseOrderOrAccountItIsAbout() {
        append(new CustomerRegistered(anna, T0), new OrderPlaced(bobsOrder, T0));
        append(new OrderPlaced(annasOrder, T0), new SessionEnded(bob.id(), new SessionId(3), T0));

        List<CustomerEvent> all = stores.feed().after(0, 10);

        assertThat(all)
                .extracting(CustomerEvent::customerId, event -> event.event().subject())
                .containsExactly(
                        tuple(anna.id(), anna.uid().toString()),
                                tuple(bob.id(), bobsOrder.uid().toString()),
                        tuple(anna.id(), annasOrder.uid().toString()),
                                tuple(bob.id(), bob.uid().toString()));
        assertThat(stores.feed().head()).isEqualTo(all.get(3).event().position());
    }

    @Test
    void oneCustomersEventsAreTheirOrdersAndTheirAccountsAfterThePositionUpToTheLimit() {
        append(new CustomerRegistered(anna, T0), new OrderPlaced(bobsOrder, T0), new OrderPlaced(annasOrder, T0));
        append(new CookingStarted(annasOrder.uid(), T0), new CookingStarted(bobsOrder.uid(), T0));

        List<CustomerEvent> annas = stores.feed().ofCustomer(anna.id(), 0, 10);
        assertThat(annas)
                .extracting(event -> event.event().type())
                .containsExactly(
                        "com.fooddelivery.customer.customer.registered.v1",
                        "com.fooddelivery.customer.order.placed.v1",
                        "com.fooddelivery.customer.order.cooking-started.v1");
        assertThat(annas).allSatisfy(event -> assertThat(event.customerId()).isEqualTo(anna.id()));

        long afterTheFirst = annas.get(0).event().position();
        assertThat(stores.feed().ofCustomer(anna.id(), afterTheFirst, 1))
                .extracting(event -> event.event().position())
                .containsExactly(annas.get(1).event().position());
        assertThat(stores.feed().after(afterTheFirst, 2)).hasSize(2);
    }
}
