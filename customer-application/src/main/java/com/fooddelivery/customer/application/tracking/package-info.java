/**
 * Live tracking of orders and couriers.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code FollowOrders}: OrderRepository, CourierPositions, SessionRepository, CustomerEventFeed,
 *       LiveEvents, Clock</li>
 *   <li>{@code LiveEvents}: CustomerEventFeed, EventSignals</li>
 *   <li>{@code ReportCourierPosition}: OrderRepository, CourierPositions, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ShowCourier}: CourierPositions</li>
 * </ul>
 */
package com.fooddelivery.customer.application.tracking;
