/**
 * Orders: placing, following, cancelling, and the kitchen's and courier's news. Customer-facing use cases
 * take the customer's CustomerId alone, but for the list and the report, which take the session's token
 * and check it in their one read (decision 0012).
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code PlaceOrder} (its command, {@code PlaceOrderCommand}, beside it): OrderRepository, MenuPrices,
 *       IdempotencyKeys, PaymentRepository, UnitOfWork, EstimatePolicy, Clock, EventLog</li>
 *   <li>{@code ListOrders}, {@code ShowOrderReport}: SignedInReads, Clock (they take the session token, checked in
 *       the same read)</li>
 *   <li>{@code ShowOrder}: OrderRepository</li>
 *   <li>{@code OrderAgain}: OrderRepository, MenuPrices</li>
 *   <li>{@code ExportOrders}: OrderHistory</li>
 *   <li>{@code CancelOrder}: OrderRepository, CancellationSettlement (PaymentRepository, CardProcessor,
 *       optional BankQrIssuer), UnitOfWork, Clock, EventLog</li>
 *   <li>{@code RecordOrderEvent}, and {@code FinishCaptures}, its sweep of card captures a stopped service left
 *       {@code CAPTURING}: OrderRepository, PaymentRepository, CardProcessor, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ShowOrderToService}: OrderRepository, PaymentRepository, CustomerRepository</li>
 * </ul>
 */
package com.fooddelivery.customer.application.order;
