package com.fooddelivery.peer.order;

import java.time.Instant;

/** Published when an order is placed; written to the event log before the order's transaction commits. */
record OrderPlaced(Order order, Instant at) {
}
