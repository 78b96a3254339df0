/**
 * The event log as the company's other services read it, and its relay to a broker.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code ReadEvents}: EventFeed, EventSignals</li>
 *   <li>{@code RelayEvents}: EventOutbox, EventPublisher, RelayLease, UnitOfWork, Clock</li>
 *   <li>{@code PurgeEvents}: EventOutbox, Clock</li>
 * </ul>
 */
package com.fooddelivery.customer.application.event;
