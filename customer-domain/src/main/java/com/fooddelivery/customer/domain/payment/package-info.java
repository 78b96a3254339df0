/**
 * Payment attempts ({@code Payment}, its state machine) and the four methods. Ports: {@code PaymentRepository} (jOOQ),
 * {@code CardProcessor}, {@code BankQrIssuer} and {@code PaymentNoticeVerifier} (adapter-payment).
 */
package com.fooddelivery.customer.domain.payment;
