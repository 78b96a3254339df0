/** Ratings of delivered orders. Ports: {@code OrderRatings} and {@code RestaurantRatings} (jOOQ). */
package com.fooddelivery.customer.domain.rating;
