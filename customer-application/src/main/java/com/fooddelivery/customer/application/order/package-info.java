/**
 * Orders: placing, following, cancelling, and the kitchen's and courier's news. Customer-facing use cases
 * take the customer's CustomerId alone.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code PlaceOrder}: OrderRepository, MenuPrices, IdempotencyKeys, PaymentRepository, UnitOfWork,
 *       EstimatePolicy, Clock, EventLog</li>
 *   <li>{@code ListOrders}, {@code ShowOrder}: OrderRepository</li>
 *   <li>{@code OrderAgain}: OrderRepository, MenuPrices</li>
 *   <li>{@code ExportOrders}: OrderHistory</li>
 *   <li>{@code CancelOrder}: OrderRepository, CancellationSettlement (PaymentRepository, CardProcessor,
 *       optional BankQrIssuer), UnitOfWork, Clock, EventLog</li>
 *   <li>{@code RecordOrderEvent}: OrderRepository, PaymentRepository, CardProcessor, UnitOfWork, Clock,
 *       EventLog</li>
 *   <li>{@code ShowOrderToService}: OrderRepository, PaymentRepository, CustomerRepository</li>
 * </ul>
 */
package com.fooddelivery.customer.application.order;
