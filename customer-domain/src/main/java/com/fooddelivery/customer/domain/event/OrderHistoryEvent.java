package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** What happened to one order or its payment; the order's uid is the event's subject. */
public sealed interface OrderHistoryEvent extends DomainEvent {

    /**
     * The order it happened to.
     *
     * @return its uid
     */
    OrderUid orderUid();

    /**
     * A customer placed an order: the whole order as it was placed.
     *
     * @param order      the order, with its lines, prices, total, address, comment, payment method and estimates
     * @param occurredAt when
     */
    record OrderPlaced(Order order, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires both.
         *
         * @param order the order
         * @param occurredAt when
         */
        public OrderPlaced {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public OrderUid orderUid() {
            return order.uid();
        }

        @Override
        public String name() {
            return "order.placed";
        }
    }

    /**
     * The order's money is secured: held on a card (captured when cooking starts), or received.
     *
     * @param orderUid   the order
     * @param method     how it is paid
     * @param amount     how much
     * @param captured   true once the money is received; false while a card's money is only held
     * @param occurredAt when
     */
    record OrderPaid(OrderUid orderUid, PaymentMethod method, Money amount, boolean captured, Instant occurredAt)
            implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param method how it is paid
         * @param amount how much
         * @param captured whether the money is received
         * @param occurredAt when
         */
        public OrderPaid {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.paid";
        }
    }

    /**
     * A payment of the order was refused, or a card's held money could not be captured or was let go.
     *
     * @param orderUid   the order
     * @param method     how it was to be paid
     * @param reason     why, in words fit for the customer (never card data)
     * @param occurredAt when
     */
    record PaymentFailed(OrderUid orderUid, PaymentMethod method, String reason, Instant occurredAt)
            implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param method how it was to be paid
         * @param reason why
         * @param occurredAt when
         */
        public PaymentFailed {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.payment-failed";
        }
    }

    /**
     * The card processor asked the cardholder to authenticate (3-D Secure); the order keeps waiting.
     *
     * @param orderUid   the order
     * @param method     how it is paid
     * @param occurredAt when
     */
    record PaymentActionRequired(OrderUid orderUid, PaymentMethod method, Instant occurredAt)
            implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param method how it is paid
         * @param occurredAt when
         */
        public PaymentActionRequired {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.payment-action-required";
        }
    }

    /**
     * Money the customer paid went back to them.
     *
     * @param orderUid   the order
     * @param method     how it had been paid
     * @param amount     how much went back
     * @param occurredAt when
     */
    record PaymentRefunded(OrderUid orderUid, PaymentMethod method, Money amount, Instant occurredAt)
            implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param method how it had been paid
         * @param amount how much
         * @param occurredAt when
         */
        public PaymentRefunded {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.payment-refunded";
        }
    }

    /**
     * The kitchen started cooking.
     *
     * @param orderUid   the order
     * @param occurredAt when, as the kitchen reported it
     */
    record CookingStarted(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires both.
         *
         * @param orderUid the order
         * @param occurredAt when
         */
        public CookingStarted {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.cooking-started";
        }
    }

    /**
     * The food is ready.
     *
     * @param orderUid   the order
     * @param occurredAt when, as the kitchen reported it
     */
    record CookingFinished(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires both.
         *
         * @param orderUid the order
         * @param occurredAt when
         */
        public CookingFinished {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.cooking-finished";
        }
    }

    /**
     * The courier left with the order.
     *
     * @param orderUid   the order
     * @param occurredAt when, as the courier reported it
     */
    record DeliveryStarted(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires both.
         *
         * @param orderUid the order
         * @param occurredAt when
         */
        public DeliveryStarted {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.delivery-started";
        }
    }

    /**
     * The customer has the food.
     *
     * @param orderUid   the order
     * @param occurredAt when, as the courier reported it
     */
    record Delivered(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires both.
         *
         * @param orderUid the order
         * @param occurredAt when
         */
        public Delivered {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.delivered";
        }
    }

    /**
     * The order was cancelled before the kitchen started.
     *
     * @param orderUid    the order
     * @param cancelledBy who decided
     * @param occurredAt  when
     */
    record OrderCancelled(OrderUid orderUid, CancelledBy cancelledBy, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param cancelledBy who decided
         * @param occurredAt when
         */
        public OrderCancelled {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(cancelledBy, "cancelledBy");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.cancelled";
        }
    }

    /**
     * The kitchen or the courier revised when the order should be ready and arrive.
     *
     * @param orderUid   the order
     * @param estimates  the new estimates
     * @param occurredAt when they were revised
     */
    record EstimatesRevised(OrderUid orderUid, Estimates estimates, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param estimates the new estimates
         * @param occurredAt when
         */
        public EstimatesRevised {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(estimates, "estimates");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.estimates-revised";
        }
    }

    /**
     * The customer rated the delivered order, or changed their rating.
     *
     * @param orderUid   the order
     * @param rating     the stars and the comment
     * @param occurredAt when
     */
    record OrderRated(OrderUid orderUid, Rating rating, Instant occurredAt) implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param rating the stars and the comment
         * @param occurredAt when
         */
        public OrderRated {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /**
         * Whether the food or the delivery got two stars or fewer, so the manager's service can react.
         *
         * @return true for a low rating
         */
        public boolean lowRating() {
            return rating.low();
        }

        @Override
        public String name() {
            return "order.rated";
        }
    }

    /**
     * The courier reported where they are, while delivering the order.
     *
     * @param orderUid   the order
     * @param position   where, and when the device measured it
     * @param occurredAt when it was measured
     */
    record CourierPositionReported(OrderUid orderUid, CourierPosition position, Instant occurredAt)
            implements OrderHistoryEvent {
        /**
         * Requires every part.
         *
         * @param orderUid the order
         * @param position where
         * @param occurredAt when
         */
        public CourierPositionReported {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.courier-position-reported";
        }
    }

    /** Who cancelled an order. */
    enum CancelledBy {
        /** The customer, in the app. */
        CUSTOMER,
        /** The service, because the money did not arrive in time. */
        PAYMENT_TIMEOUT,
        /** The service or an operator, for another reason. */
        SERVICE
    }
}
