package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.OwnAccount;
import com.fooddelivery.customer.domain.token.OwnOrder;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SignedIn;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in reads made from the narrower ports, the session first and the data second, for a team
 * whose store answers both at once anyway (in memory) and so gives no {@link SignedInReads} of its own.
 * The session is read first on every call, so revocation stays immediate here too.
 */
public final class TwoStepSignedInReads implements SignedInReads {

    private final SessionRepository sessions;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final Optional<LinkedCardRepository> cards;
    private final Optional<OrderRatings> ratings;
    private final Optional<CourierPositions> couriers;

    /** @param cards     the linked cards, for the default one; without them there is none */
    public TwoStepSignedInReads(
            SessionRepository sessions,
            CustomerRepository customers,
            OrderRepository orders,
            PaymentRepository payments,
            Optional<LinkedCardRepository> cards,
            Optional<OrderRatings> ratings,
            Optional<CourierPositions> couriers) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.couriers = Objects.requireNonNull(couriers, "couriers");
    }

    @Override
    public Optional<SignedIn<OwnAccount>> account(String tokenDigest, Instant now) {
        return sessions.validByDigest(tokenDigest, now)
                .flatMap(session -> customers
                        .byId(session.customerId())
                        .map(customer -> new SignedIn<>(
                                caller(session),
                                new OwnAccount(
                                        customer,
                                        cards.stream()
                                                .flatMap(store -> store.of(customer.id()).stream())
                                                .filter(LinkedCard::isDefault)
                                                .map(LinkedCard::id)
                                                .findFirst()))));
    }

    @Override
    public Optional<SignedIn<OrderPage>> orderPage(
            String tokenDigest, Instant now, boolean pendingOnly, int limit, Optional<OrderPage.Position> after) {
        return sessions.validByDigest(tokenDigest, now)
                .map(session ->
                        new SignedIn<>(caller(session), orders.page(session.customerId(), pendingOnly, limit, after)));
    }

    @Override
    public Optional<SignedIn<Optional<OwnOrder>>> order(String tokenDigest, Instant now, OrderUid uid) {
        return sessions.validByDigest(tokenDigest, now)
                .map(session -> new SignedIn<>(
                        caller(session),
                        orders.byUid(uid)
                                .filter(order -> order.customerId().equals(session.customerId()))
                                .map(order -> OwnOrder.shown(
                                        order,
                                        payments.latestOf(uid),
                                        ratings.flatMap(store -> store.of(uid)),
                                        couriers.flatMap(store -> store.latest(uid))))));
    }

    private static Caller caller(Session session) {
        return new Caller(session.customerId(), session.id());
    }
}
