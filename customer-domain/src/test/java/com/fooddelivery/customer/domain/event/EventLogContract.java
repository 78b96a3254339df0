package com.fooddelivery.customer.domain.event;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.event.AccountEvent.CustomerRegistered;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionEnded;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventLog} with its {@link EventFeed} promises; run against the fake and against PostgreSQL. */
public abstract class EventLogContract {

    private Stores stores;
    private Customer anna;
    private Order order;

    /** Empty stores over the same data. */
    protected abstract Stores emptyStores();

    /**
     * @param customers  the events' customers
     * @param orders     the events' orders
     * @param unitOfWork the transactions events are appended in
     * @param log        the log under test
     * @param feed       reads the same log
     */
    public record Stores(
            CustomerRepository customers,
            OrderRepository orders,
            UnitOfWork unitOfWork,
            EventLog log,
            EventFeed feed) {}

    @BeforeEach
    void aCustomerWithAnOrder() {
        stores = emptyStores();
        anna = stores.customers().add(aCustomer(1).build());
        order = anOrder().by(anna.id()).build();
        stores.orders().add(order);
    }

    private void append(DomainEvent... events) {
        stores.unitOfWork().inTransaction(() -> {
            stores.log().appendAll(List.of(events));
            return null;
        });
    }

    private List<RecordedEvent> all() {
        return stores.feed().after(0, 1000, Set.of());
    }

    @Test
    void eventsAreReadInTheOrderTheyWereAppendedWithGrowingPositionsAndTheirSubjects() {
        append(new CustomerRegistered(anna, T0));
        append(new OrderPlaced(order, T0.plusSeconds(1)), new CookingStarted(order.uid(), T0.plusSeconds(2)));

        List<RecordedEvent> read = all();

        assertThat(read)
                .extracting(RecordedEvent::type)
                .containsExactly(
                        "com.fooddelivery.customer.customer.registered.v1",
                        "com.fooddelivery.customer.order.placed.v1",
                        "com.fooddelivery.customer.order.cooking-started.v1");
        assertThat(read)
                .extracting(RecordedEvent::subject)
                .containsExactly(
                        anna.uid().toString(),
                        order.uid().toString(),
                        order.uid().toString());
        assertThat(read).extracting(RecordedEvent::time).containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(read.get(1).position()).isGreaterThan(read.get(0).position());
        assertThat(read.get(2).position()).isGreaterThan(read.get(1).position());
        assertThat(read).extracting(RecordedEvent::id).doesNotHaveDuplicates();
        assertThat(read)
                .allSatisfy(event -> assertThat(event.data()).startsWith("{").endsWith("}"));
    }

    @Test
    void eachSubjectCountsItsOwnSequenceFromOne() {
        append(new CustomerRegistered(anna, T0), new OrderPlaced(order, T0));
        append(new SessionEnded(anna.id(), new SessionId(7), T0), new CookingStarted(order.uid(), T0));
        append(new SessionEnded(anna.id(), new SessionId(8), T0));

        assertThat(all())
                .extracting(RecordedEvent::subject, RecordedEvent::sequence)
                .containsExactly(
                        Tuple.tuple(anna.uid().toString(), 1L),
                        Tuple.tuple(order.uid().toString(), 1L),
                        Tuple.tuple(anna.uid().toString(), 2L),
                        Tuple.tuple(order.uid().toString(), 2L),
                        Tuple.tuple(anna.uid().toString(), 3L));
    }

    @Test
    void pagesAfterAPositionSkipNothingAndRepeatNothing() {
        LongStream.range(0, 7).forEach(i -> append(new SessionEnded(anna.id(), new SessionId((int) i + 1), T0)));

        List<RecordedEvent> everything = all();
        List<RecordedEvent> paged = new ArrayList<>();
        long after = 0;
        for (List<RecordedEvent> page = stores.feed().after(after, 3, Set.of());
                !page.isEmpty();
                page = stores.feed().after(after, 3, Set.of())) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            paged.addAll(page);
            after = page.get(page.size() - 1).position();
        }

        assertThat(paged).isEqualTo(everything).hasSize(7);
    }

    @Test
    void aReaderAsksForTheTypesItFollows() {
        append(new CustomerRegistered(anna, T0), new OrderPlaced(order, T0), new CookingStarted(order.uid(), T0));

        assertThat(stores.feed()
                        .after(
                                0,
                                10,
                                Set.of(
                                        "com.fooddelivery.customer.order.cooking-started.v1",
                                        "com.fooddelivery.customer.customer.registered.v1")))
                .extracting(RecordedEvent::type)
                .containsExactly(
                        "com.fooddelivery.customer.customer.registered.v1",
                        "com.fooddelivery.customer.order.cooking-started.v1");
        assertThat(stores.feed().after(all().get(2).position(), 10, Set.of())).isEmpty();
    }
}
