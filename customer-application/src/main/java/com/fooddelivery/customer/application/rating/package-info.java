/**
 * Ratings of delivered orders and their summary.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code RateOrder}: OrderRepository, OrderRatings, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ShowOrderRating}: OrderRatings</li>
 *   <li>{@code ShowRatingSummary}: RestaurantRatings, Clock</li>
 * </ul>
 */
package com.fooddelivery.customer.application.rating;
