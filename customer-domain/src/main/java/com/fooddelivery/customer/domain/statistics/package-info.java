/** A customer's figures over a period. Port: {@code OrderStatistics} (jOOQ). */
package com.fooddelivery.customer.domain.statistics;
