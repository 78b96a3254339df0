package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.application.order.CallersOrder;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Shows the QR code of a bank-app payment still waiting for the transfer, for a customer who
 * scans it from another screen or comes back later. Once paid, voided or failed it is gone.
 */
public class ShowPaymentQr {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final BankQrIssuer bankQr;

    @Inject
    public ShowPaymentQr(OrderRepository orders, PaymentRepository payments, BankQrIssuer bankQr) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.bankQr = Objects.requireNonNull(bankQr, "bankQr");
    }

    /**
     * The pending QR code of the customer's order.
     *
     * @throws NotFoundException when the order is not the customer's or has no pending bank-QR payment
     */
    public PaymentQr show(CustomerId customer, OrderUid uid) {
        CallersOrder.of(orders.byUid(uid), customer, uid);
        Payment payment = payments.liveOf(uid)
                .filter(live -> live.method() == PaymentMethod.BANK_QR && live.status() == Payment.Status.PENDING)
                .orElseThrow(() -> new NotFoundException("payment QR code", uid));
        String payload = bankQr.payload(payment.reference(), payment.amount());
        return new PaymentQr(payload, bankQr.png(payload));
    }

    /** A QR code. */
    @SuppressWarnings("ArrayRecordComponent") // a picture to send, never compared
    public record PaymentQr(String payload, byte[] png) {}
}
