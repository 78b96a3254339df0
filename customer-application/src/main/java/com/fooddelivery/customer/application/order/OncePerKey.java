package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Places an order once per customer and idempotency key, on any instance: a retry gets the order placed. */
final class OncePerKey {

    private final IdempotencyKeys keys;
    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;

    OncePerKey(IdempotencyKeys keys, OrderRepository orders, UnitOfWork unitOfWork) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Claims the command's key and runs {@code store} under the claim, or answers the order the key placed.
     *
     * @throws ConflictException              while another request with the same key is being handled
     * @throws IdempotencyKeyReusedException when the key was used for a different order
     */
    PlaceOrder.Result place(PlaceOrder.Command command, Instant now, Supplier<Order> store) {
        AtomicBoolean claimed = new AtomicBoolean();
        try {
            // The claim commits or rolls back with its order, so no request sees a claimed key without one.
            return unitOfWork.inTransaction(() -> {
                IdempotencyKeys.Claim claim = keys.claim(
                        command.customer(),
                        command.idempotencyKey(),
                        command.fingerprint(),
                        now,
                        PlaceOrder.ABANDONED_AFTER);
                if (claim instanceof IdempotencyKeys.Completed completed) {
                    return new PlaceOrder.Result(orders.byUid(completed.order()).orElseThrow(), true);
                }
                if (claim instanceof IdempotencyKeys.InFlight) {
                    throw new ConflictException(
                            "A request with this Idempotency-Key is still being handled; retry shortly.");
                }
                if (claim instanceof IdempotencyKeys.Mismatch) {
                    throw new IdempotencyKeyReusedException();
                }
                claimed.set(true);
                Order order = store.get();
                keys.complete(command.customer(), command.idempotencyKey(), order.uid());
                return new PlaceOrder.Result(order, false);
            });
        } catch (RuntimeException refused) {
            if (claimed.get()) {
                // Only a store without transactions still holds the claim here.
                unitOfWork.inTransaction(() -> {
                    keys.release(command.customer(), command.idempotencyKey());
                    return null;
                });
            }
            throw refused;
        }
    }
}
