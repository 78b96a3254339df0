package com.fooddelivery.customer.domain.event;

import java.time.Instant;

/**
 * Something that happened, recorded in the change's own transaction so nothing rolled back is announced.
 * Events carry no secret.
 */
public sealed interface DomainEvent permits OrderHistoryEvent, AccountEvent {

    /** The prefix of every event's type, the company's reverse domain and this service. */
    String TYPE_PREFIX = "com.fooddelivery.customer.";
    /** The CloudEvents {@code source} of every event: this service. */
    String SOURCE = "/fooddelivery/customerbackend";

    /** The short name ({@code order.placed}), stable across releases: consumers filter on it. */
    String name();

    /** When it happened (the reported time for the kitchen's and courier's reports). */
    Instant occurredAt();

    /** The CloudEvents type, e.g. {@code com.fooddelivery.customer.order.placed.v1}. */
    default String type() {
        return TYPE_PREFIX + name() + ".v1";
    }
}
