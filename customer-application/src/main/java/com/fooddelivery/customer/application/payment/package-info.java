/**
 * Payments: paying in the app, the processor's and bank's callbacks, and expiring unpaid orders. The bank-QR
 * issuer is optional: without it BANK_QR orders cannot be paid and there is no ShowPaymentQr.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code PayOrder}: OrderRepository, PaymentRepository, CardProcessor, Optional BankQrIssuer,
 *       UnitOfWork, Clock, EventLog, FindLinkedCard. Its steps live in package-private collaborators:
 *       {@code AttemptStart} (start an attempt, or find the key's again), {@code Charges} (what to charge:
 *       token, card details, or a linked card once its expiry is checked), {@code AuthorizationAnswers}
 *       (record the processor's answer) and {@code HoldRelease} (release the hold of an order cancelled
 *       meanwhile)</li>
 *   <li>{@code CompletePayment}: OrderRepository, PaymentRepository, CardProcessor, UnitOfWork, Clock,
 *       EventLog</li>
 *   <li>{@code ShowOrderPayment}: PaymentRepository</li>
 *   <li>{@code ShowPaymentQr}: OrderRepository, PaymentRepository, BankQrIssuer</li>
 *   <li>{@code ApplyPaymentCallback}: OrderRepository, PaymentRepository, PaymentNoticeVerifier, CardProcessor,
 *       Optional BankQrIssuer, UnitOfWork, Clock, EventLog; {@code PaymentAfterNotice} decides, and
 *       {@code CancellationSettlement} sends late money back after the commit</li>
 *   <li>{@code ExpireUnpaidOrders}: OrderRepository, CancellationSettlement, UnitOfWork, PaymentTimeout,
 *       Clock, EventLog</li>
 * </ul>
 */
package com.fooddelivery.customer.application.payment;
