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

    /** The order it happened to. */
    OrderUid orderUid();

    /**
     * A customer placed an order: the whole order as it was placed.
     *
     * @param order      the order, with its lines, prices, total, address, comment, payment method and estimates
     */
    record OrderPlaced(Order order, Instant occurredAt) implements OrderHistoryEvent {
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
     * @param captured   true once the money is received; false while a card's money is only held
     */
    record OrderPaid(OrderUid orderUid, PaymentMethod method, Money amount, boolean captured, Instant occurredAt)
            implements OrderHistoryEvent {
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
     * @param reason     why, in words fit for the customer (never card data)
     */
    record PaymentFailed(OrderUid orderUid, PaymentMethod method, String reason, Instant occurredAt)
            implements OrderHistoryEvent {
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

    /** The card processor asked the cardholder to authenticate (3-D Secure); the order keeps waiting. */
    record PaymentActionRequired(OrderUid orderUid, PaymentMethod method, Instant occurredAt)
            implements OrderHistoryEvent {
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

    /** Money the customer paid went back to them. */
    record PaymentRefunded(OrderUid orderUid, PaymentMethod method, Money amount, Instant occurredAt)
            implements OrderHistoryEvent {
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

    /** The kitchen started cooking. */
    record CookingStarted(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        public CookingStarted {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.cooking-started";
        }
    }

    /** The food is ready. */
    record CookingFinished(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        public CookingFinished {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.cooking-finished";
        }
    }

    /** The courier left with the order. */
    record DeliveryStarted(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        public DeliveryStarted {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.delivery-started";
        }
    }

    /** The customer has the food. */
    record Delivered(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
        public Delivered {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "order.delivered";
        }
    }

    /** The order was cancelled before the kitchen started. */
    record OrderCancelled(OrderUid orderUid, CancelledBy cancelledBy, Instant occurredAt) implements OrderHistoryEvent {
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

    /** The kitchen or the courier revised when the order should be ready and arrive. */
    record EstimatesRevised(OrderUid orderUid, Estimates estimates, Instant occurredAt) implements OrderHistoryEvent {
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

    /** The customer rated the delivered order, or changed their rating. */
    record OrderRated(OrderUid orderUid, Rating rating, Instant occurredAt) implements OrderHistoryEvent {
        public OrderRated {
            Objects.requireNonNull(orderUid, "orderUid");
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** Whether the food or the delivery got two stars or fewer, so the manager's service can react. */
        public boolean lowRating() {
            return rating.low();
        }

        @Override
        public String name() {
            return "order.rated";
        }
    }

    /** The courier reported where they are, while delivering the order. */
    record CourierPositionReported(OrderUid orderUid, CourierPosition position, Instant occurredAt)
            implements OrderHistoryEvent {
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
