package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryCourierPositions;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.rating.InMemoryOrderRatings;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import com.fooddelivery.customer.domain.token.SignedInReadsContract;
import java.util.Optional;

/** The reads an embedding without its own {@code SignedInReads} gets, over the in-memory fakes. */
class TwoStepSignedInReadsTest extends SignedInReadsContract {

    @Override
    protected Stores emptyStores() {
        var customers = new InMemoryCustomerRepository();
        var sessions = new InMemorySessionRepository();
        var orders = new InMemoryOrderRepository();
        var payments = new InMemoryPaymentRepository();
        var cards = new InMemoryLinkedCardRepository();
        var ratings = new InMemoryOrderRatings();
        var couriers = new InMemoryCourierPositions();
        return new Stores(
                customers,
                sessions,
                orders,
                payments,
                cards,
                ratings,
                couriers,
                new TwoStepSignedInReads(
                        sessions,
                        customers,
                        orders,
                        payments,
                        Optional.of(cards),
                        Optional.of(ratings),
                        Optional.of(couriers)));
    }
}
