/**
 * The event log: past-tense events ({@code OrderHistoryEvent}, {@code AccountEvent}) appended in the changing
 * transaction, read by the feed and relayed to Kafka. Ports: {@code EventLog}, {@code EventFeed},
 * {@code EventOutbox}, {@code CustomerEventFeed}, {@code EventSignals}, {@code RelayLease} (PostgreSQL) and
 * {@code EventPublisher} (Kafka).
 */
package com.fooddelivery.customer.domain.event;
