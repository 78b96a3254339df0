package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Places an order once per customer and idempotency key, on any instance: a retry gets the order placed. */
final class OncePerKey {

    private final PlacementReads reads;
    private final IdempotencyKeys keys;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final UnitOfWork unitOfWork;

    OncePerKey(
            PlacementReads reads,
            IdempotencyKeys keys,
            OrderRepository orders,
            PaymentRepository payments,
            UnitOfWork unitOfWork) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Checks the request's token and claims its key for the session's customer, together with the reads
     * {@code store} needs, and runs {@code store} with them under the claim, or answers the order the key
     * placed, with its latest payment.
     *
     * @throws AuthenticationException        when the session is unknown, expired or ended; nothing is claimed
     * @throws ConflictException              while another request with the same key is being handled
     * @throws IdempotencyKeyReusedException when the key was used for a different order
     */
    PlaceOrder.Result place(
            PlacementReads.Request request, Function<PlacementReads.Placement, PlaceOrder.Result> store) {
        AtomicReference<CustomerId> claimedFor = new AtomicReference<>();
        try {
            // The claim commits or rolls back with its order, so no request sees a claimed key without one.
            return unitOfWork.inTransaction(() -> {
                // The token is checked in the claim's own read, so a session ended anywhere stops this request.
                PlacementReads.Placement placement = reads.claimAndRead(request)
                        .orElseThrow(() -> new AuthenticationException("unknown, expired or revoked token"));
                IdempotencyKeys.Claim claim = placement.claim();
                if (claim instanceof IdempotencyKeys.Completed completed) {
                    Order order = orders.byUid(completed.order()).orElseThrow();
                    return new PlaceOrder.Result(order, true, payments.latestOf(order.uid()));
                }
                if (claim instanceof IdempotencyKeys.InFlight) {
                    throw new ConflictException(
                            "A request with this Idempotency-Key is still being handled; retry shortly.");
                }
                if (claim instanceof IdempotencyKeys.Mismatch) {
                    throw new IdempotencyKeyReusedException();
                }
                claimedFor.set(placement.customer());
                PlaceOrder.Result placed = store.apply(placement);
                keys.complete(
                        placement.customer(), request.key(), placed.order().uid());
                return placed;
            });
        } catch (RuntimeException refused) {
            CustomerId customer = claimedFor.get();
            if (customer != null) {
                // Only a store without transactions still holds the claim here.
                unitOfWork.inTransaction(() -> {
                    keys.release(customer, request.key());
                    return null;
                });
            }
            throw refused;
        }
    }
}
