/**
 * Figures over a customer's past orders.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code ShowStatistics}: OrderStatistics, UnitOfWork, Clock</li>
 * </ul>
 */
package com.fooddelivery.customer.application.statistics;
