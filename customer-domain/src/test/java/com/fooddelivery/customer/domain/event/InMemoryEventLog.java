package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The event log in memory, for use-case tests: positions and per-subject sequences as the real log
 * gives them. Its data is a small JSON object naming the event, since serialising the events'
 * full data is the persistence adapter's work. Given the orders, it reads by customer too.
 */
public final class InMemoryEventLog implements EventLog, EventFeed, CustomerEventFeed {

    private final CustomerRepository customers;
    private final Optional<OrderRepository> orders;
    private final List<RecordedEvent> events = new ArrayList<>();
    private final List<CustomerId> customerOf = new ArrayList<>();
    private final List<DomainEvent> appended = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    /** @param customers resolves an account event's customer to the uid that is its subject */
    public InMemoryEventLog(CustomerRepository customers) {
        this.customers = customers;
        this.orders = Optional.empty();
    }

    /**
     * @param customers resolves an account event's customer to the uid that is its subject
     * @param orders    tells whose each order event is, for reading by customer
     */
    public InMemoryEventLog(CustomerRepository customers, OrderRepository orders) {
        this.customers = customers;
        this.orders = Optional.of(orders);
    }

    @Override
    public synchronized void append(DomainEvent event) {
        String subject = event instanceof OrderHistoryEvent order
                ? order.orderUid().toString()
                : customers
                        .byId(((AccountEvent) event).customerId())
                        .orElseThrow()
                        .uid()
                        .toString();
        long sequence = sequences.merge(subject, 1L, Long::sum);
        events.add(new RecordedEvent(
                events.size() + 1,
                UUID.randomUUID(),
                event.type(),
                subject,
                sequence,
                event.occurredAt(),
                """
                {"event": "%s"}""".formatted(event.name())));
        appended.add(event);
        customerOf.add(
                event instanceof AccountEvent account
                        ? account.customerId()
                        : orders.flatMap(all -> all.byUid(((OrderHistoryEvent) event).orderUid()))
                                .map(Order::customerId)
                                .orElse(null));
    }

    @Override
    public synchronized long head() {
        return events.size();
    }

    @Override
    public synchronized List<CustomerEvent> after(long position, int limit) {
        return byCustomer(position, limit, null);
    }

    @Override
    public synchronized List<CustomerEvent> ofCustomer(CustomerId customerId, long position, int limit) {
        return byCustomer(position, limit, customerId);
    }

    private List<CustomerEvent> byCustomer(long position, int limit, CustomerId only) {
        if (orders.isEmpty()) {
            throw new IllegalStateException("give the log the orders to read it by customer");
        }
        List<CustomerEvent> read = new ArrayList<>();
        for (int i = (int) position; i < events.size() && read.size() < limit; i++) {
            CustomerId customer = customerOf.get(i);
            if (customer != null && (only == null || only.equals(customer))) {
                read.add(new CustomerEvent(customer, events.get(i)));
            }
        }
        return read;
    }

    @Override
    public synchronized List<RecordedEvent> after(long position, int limit, Set<String> types) {
        return events.stream()
                .filter(event -> event.position() > position)
                .filter(event -> types.isEmpty() || types.contains(event.type()))
                .limit(limit)
                .toList();
    }

    /**
     * Every event appended so far, as the use cases appended them.
     *
     * @return the domain events, oldest first
     */
    public synchronized List<DomainEvent> appended() {
        return List.copyOf(appended);
    }

    /**
     * The appended events of one kind.
     *
     * @param kind the event's class
     * @param <T>  its type
     * @return those events, oldest first
     */
    public synchronized <T extends DomainEvent> List<T> appended(Class<T> kind) {
        return appended.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
