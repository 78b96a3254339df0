package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderPlaced;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.SessionRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places an order: prices every line from the menu as it is now (whatever the client thinks the
 * prices are), estimates ready and delivery times from the kitchen's queue, and stores it once per
 * idempotency key, however often and from however many instances the request arrives. The caller's token
 * is checked in the same read as the key's claim (decision 0021), so an order costs one unit of work.
 */
public class PlaceOrder {

    /**
     * A claim older than this without its order belongs to a request whose instance died; a retry may take it
     * over. Only stores without transactions, and rows of the earlier two-commit protocol, leave such claims.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final OncePerKey oncePerKey;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final EstimatePolicy estimates;
    private final Clock clock;
    private final EventLog events;

    /**
     * Reads the session, the key's claim, the prices and the kitchen queue one after the other
     * ({@link PlacementReads#oneByOne}).
     *
     * @param sessions   where the caller's token is checked
     * @param payments   where the payment at the door of a cash or POS order starts
     * @param events     where the placed order is recorded for the rest of the company
     */
    @Inject
    public PlaceOrder(
            SessionRepository sessions,
            OrderRepository orders,
            MenuPrices menu,
            IdempotencyKeys keys,
            PaymentRepository payments,
            UnitOfWork unitOfWork,
            EstimatePolicy estimates,
            Clock clock,
            EventLog events) {
        this(
                PlacementReads.oneByOne(sessions, keys, menu, orders),
                orders,
                keys,
                payments,
                unitOfWork,
                estimates,
                clock,
                events);
    }

    /**
     * @param reads    the session, the key's claim, the prices and the kitchen queue, read together where the
     *                 store can
     * @param payments where the payment at the door of a cash or POS order starts
     * @param events   where the placed order is recorded for the rest of the company
     */
    public PlaceOrder(
            PlacementReads reads,
            OrderRepository orders,
            IdempotencyKeys keys,
            PaymentRepository payments,
            UnitOfWork unitOfWork,
            EstimatePolicy estimates,
            Clock clock,
            EventLog events) {
        this.oncePerKey = new OncePerKey(reads, keys, orders, payments, unitOfWork);
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.estimates = Objects.requireNonNull(estimates, "estimates");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Places the order, or returns the one this key already placed.
     *
     * @return the order and whether it was placed by an earlier request with this key
     * @throws com.fooddelivery.customer.domain.shared.AuthenticationException when the command's session is
     *                                        unknown, expired or ended; nothing is claimed or stored
     * @throws ValidationException            when an item is unknown or cannot be ordered now (field
     *                                        {@code lines[i].menuItemId}); nothing is stored
     * @throws ConflictException              while another request with the same key is being handled
     * @throws IdempotencyKeyReusedException when the key was used for a different order
     */
    public Result place(PlaceOrderCommand command) {
        Instant now = clock.instant();
        PlacementReads.Request request = new PlacementReads.Request(
                command.session().digest(),
                command.idempotencyKey(),
                command.fingerprint(),
                now,
                ABANDONED_AFTER,
                LinePricing.itemsOf(command.lines()),
                estimates.queueThatCounts());
        return oncePerKey.place(request, placement -> store(command, placement, now));
    }

    /**
     * Prices, estimates and stores the order with its payment at the door, if it has one, and its event; the
     * result shows that payment as stored, so the response needs no read after the commit.
     */
    private Result store(PlaceOrderCommand command, PlacementReads.Placement placement, Instant now) {
        List<OrderLine> lines = LinePricing.price(command.lines(), placement.items());
        Order order = Order.place(
                OrderUid.random(),
                placement.customer(),
                lines,
                command.address(),
                command.comment(),
                command.paymentMethod(),
                now,
                estimates.estimate(now, placement.kitchenQueue()));
        orders.add(order);
        events.append(new OrderPlaced(order, now));
        Optional<Payment> payment = Optional.empty();
        if (!order.paymentMethod().prepaid()) {
            // Cash and POS are pending from the start; the courier's PAYMENT_COLLECTED pays them.
            payment = Optional.of(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), now));
            payments.add(payment.get());
        }
        return new Result(order, false, payment);
    }

    /**
     * The placed order.
     *
     * @param replayed whether an earlier request with the same key placed it
     * @param payment  the order's latest payment: the pending one at the door for cash and POS, none for a new
     *                 prepaid order
     */
    public record Result(Order order, boolean replayed, Optional<Payment> payment) {

        /** Requires the order and the payment, which may be empty. */
        public Result {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(payment, "payment");
        }
    }
}
