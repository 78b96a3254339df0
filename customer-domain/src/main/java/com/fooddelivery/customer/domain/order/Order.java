package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An order; immutable, and the only home of the order state machine. */
public record Order(
        OrderUid uid,
        CustomerId customerId,
        List<OrderLine> lines,
        DeliveryAddress address,
        String comment,
        PaymentMethod paymentMethod,
        PaymentStatus paymentStatus,
        OrderStatus status,
        Timeline timeline,
        Estimates estimates) {

    /** Most lines one order may have. */
    public static final int MAX_LINES = 50;

    /** The highest unit price at which even the largest order stays within {@link Money#LARGEST}. */
    public static final BigDecimal HIGHEST_UNIT_PRICE = Money.LARGEST.divide(
            BigDecimal.valueOf((long) MAX_LINES * OrderLine.MAX_QUANTITY), Money.SCALE, RoundingMode.DOWN);

    /** Refuses a malformed order on every path, restoring included. */
    public Order {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(customerId, "customerId");
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order has 1 to " + MAX_LINES + " lines");
        }
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(estimates, "estimates");
    }

    /**
     * A new order: prepaid methods wait for the money first, pay on delivery goes straight to the kitchen.
     *
     * @param uid public id, chosen by the caller so a retry can find it
     * @throws ValidationException on {@code items} when the total is above {@link Money#LARGEST}
     */
    public static Order place(
            OrderUid uid,
            CustomerId customerId,
            List<OrderLine> lines,
            DeliveryAddress address,
            String comment,
            PaymentMethod paymentMethod,
            Instant now,
            Estimates estimates) {
        OrderStatus first = paymentMethod.prepaid() ? OrderStatus.AWAITING_PAYMENT : OrderStatus.PROCESSING;
        Order order = new Order(
                uid,
                customerId,
                lines,
                address,
                comment,
                paymentMethod,
                PaymentStatus.PENDING,
                first,
                Timeline.registered(now),
                estimates);
        // Reachable only with prices above HIGHEST_UNIT_PRICE, kept from before the ceiling was lowered.
        BigDecimal total = order.total().amount();
        if (total.compareTo(Money.LARGEST) > 0) {
            throw ValidationException.of(
                    "items",
                    "add up to " + total.toPlainString() + ", more than one order may cost ("
                            + Money.LARGEST.toPlainString() + "); order fewer");
        }
        return order;
    }

    public Money total() {
        Money total = Money.zero(lines.get(0).unitPrice().currency());
        for (OrderLine line : lines) {
            total = total.plus(line.cost());
        }
        return total;
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /** Cancels the order; ConflictException once the kitchen has started or it is finished. */
    public Order cancel(Instant at) {
        if (!status.cancellable()) {
            throw new ConflictException("An order that is " + status + " can no longer be cancelled.");
        }
        return with(OrderStatus.CANCELLED, paymentStatus, timeline.cancelled(at), estimates);
    }

    /**
     * Applies a kitchen or courier step; a repeated step changes nothing, so their retries are safe.
     *
     * @throws ConflictException when the step does not follow from the status
     * @throws ValidationException on {@code at} when dated before the previous step
     */
    public Transition apply(OrderEvent event, Instant at) {
        return switch (event) {
            case COOKING_STARTED ->
                timeline.cookingStartedAt().isPresent()
                        ? unchanged()
                        : step(
                                OrderStatus.PROCESSING,
                                event,
                                with(OrderStatus.COOKING, paymentStatus, timeline.cookingStarted(at), estimates));
            case COOKING_FINISHED ->
                timeline.cookingFinishedAt().isPresent()
                        ? unchanged()
                        : step(
                                OrderStatus.COOKING,
                                event,
                                with(status, paymentStatus, timeline.cookingFinished(at), estimates));
            case DELIVERY_STARTED ->
                timeline.deliveryStartedAt().isPresent()
                        ? unchanged()
                        : step(
                                OrderStatus.COOKING,
                                event,
                                with(OrderStatus.IN_DELIVERY, paymentStatus, timeline.deliveryStarted(at), estimates));
            case DELIVERED ->
                timeline.deliveredAt().isPresent()
                        ? unchanged()
                        : step(
                                OrderStatus.IN_DELIVERY,
                                event,
                                with(OrderStatus.DELIVERED, paymentStatus, timeline.delivered(at), estimates));
            case PAYMENT_COLLECTED -> collectPayment();
        };
    }

    /** Replaces the estimates with the kitchen's or courier's own; ConflictException once finished. */
    public Order revise(Estimates revised) {
        if (!status.pending()) {
            throw new ConflictException("An order that is " + status + " has no estimates to revise.");
        }
        if (revised.readyAt().isBefore(timeline.registeredAt())) {
            throw ValidationException.of(
                    "estimatedReadyAt", "must not be before the order was registered, at " + timeline.registeredAt());
        }
        return with(status, paymentStatus, timeline, revised);
    }

    /** The prepaid money is secured (held on a card, or received), so the kitchen may see the order. */
    public Order paymentSecured(boolean received) {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new ConflictException("An order that is " + status + " is not waiting for a payment.");
        }
        return with(OrderStatus.PROCESSING, received ? PaymentStatus.PAID : paymentStatus, timeline, estimates);
    }

    /** The card hold expired before cooking: back to AWAITING_PAYMENT, so nothing is cooked without money to take. */
    public Order paymentHoldLost() {
        if (!paymentMethod.prepaid() || status != OrderStatus.PROCESSING || paymentStatus != PaymentStatus.PENDING) {
            throw new ConflictException(
                    "An order that is " + status + " with payment " + paymentStatus + " has no held payment to lose.");
        }
        return with(OrderStatus.AWAITING_PAYMENT, paymentStatus, timeline, estimates);
    }

    /** The held card money was captured. */
    public Order paymentCaptured() {
        if (paymentStatus != PaymentStatus.PENDING
                || status == OrderStatus.AWAITING_PAYMENT
                || status == OrderStatus.CANCELLED) {
            throw new ConflictException("An order that is " + status + " with payment " + paymentStatus
                    + " has no held payment to capture.");
        }
        return with(status, PaymentStatus.PAID, timeline, estimates);
    }

    /** The money of a cancelled order went back to the customer. */
    public Order paymentRefunded() {
        if (status != OrderStatus.CANCELLED || paymentStatus != PaymentStatus.PAID) {
            throw new ConflictException("Only a paid, cancelled order is refunded.");
        }
        return with(status, PaymentStatus.REFUNDED, timeline, estimates);
    }

    /** The result of applying an event. */
    public record Transition(Order order, boolean changed) {}

    private Transition collectPayment() {
        if (paymentMethod.prepaid()) {
            throw new ConflictException("A " + paymentMethod + " order is not paid at the door.");
        }
        if (paymentStatus == PaymentStatus.PAID) {
            return unchanged();
        }
        if (status == OrderStatus.CANCELLED) {
            throw new ConflictException("A cancelled order is not paid.");
        }
        return new Transition(with(status, PaymentStatus.PAID, timeline, estimates), true);
    }

    private Transition step(OrderStatus required, OrderEvent event, Order next) {
        if (status != required) {
            throw new ConflictException(event + " does not apply to an order that is " + status + ".");
        }
        return new Transition(next, true);
    }

    private Transition unchanged() {
        return new Transition(this, false);
    }

    private Order with(
            OrderStatus newStatus, PaymentStatus newPaymentStatus, Timeline newTimeline, Estimates newEstimates) {
        return new Order(
                uid,
                customerId,
                lines,
                address,
                comment,
                paymentMethod,
                newPaymentStatus,
                newStatus,
                newTimeline,
                newEstimates);
    }
}
