/**
 * Orders and their state machine ({@code Order}), estimates and the courier's position. Ports: {@code OrderRepository},
 * {@code OrderHistory} (the customer's reads), {@code IdempotencyKeys} and {@code CourierPositions} (jOOQ).
 */
package com.fooddelivery.customer.domain.order;
