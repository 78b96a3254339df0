package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;

/** What happened to one order or its payment; the order's uid is the event's subject. */
public sealed interface OrderHistoryEvent extends DomainEvent
        permits OrderPlaced,
                OrderPaid,
                PaymentFailed,
                PaymentActionRequired,
                PaymentRefunded,
                CookingStarted,
                CookingFinished,
                DeliveryStarted,
                Delivered,
                OrderCancelled,
                EstimatesRevised,
                OrderRated,
                CourierPositionReported {

    /** The order it happened to. */
    OrderUid orderUid();
}
