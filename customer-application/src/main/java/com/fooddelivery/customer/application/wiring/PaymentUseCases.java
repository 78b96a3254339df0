package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.payment.ApplyPaymentCallback;
import com.fooddelivery.customer.application.payment.CancellationSettlement;
import com.fooddelivery.customer.application.payment.CompletePayment;
import com.fooddelivery.customer.application.payment.ExpireUnpaidOrders;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.payment.ShowOrderPayment;
import com.fooddelivery.customer.application.payment.ShowPaymentQr;
import com.fooddelivery.customer.domain.card.FindLinkedCard;
import com.fooddelivery.customer.domain.order.OrderRepository;
import java.util.Optional;

/**
 * The use cases of payments: paying prepaid orders, the bank's and processor's notices, and the sweep of unpaid
 * orders.
 */
public final class PaymentUseCases {

    private final PayOrder payOrder;
    private final CompletePayment completePayment;
    private final ShowOrderPayment showOrderPayment;
    private final ExpireUnpaidOrders expireUnpaidOrders;
    private final Optional<ShowPaymentQr> showPaymentQr;
    private final Optional<ApplyPaymentCallback> applyPaymentCallback;

    PaymentUseCases(CorePorts p, CorePolicies policies, CancellationSettlement settlement) {
        OrderRepository orders = p.orders().orders();
        PaymentPorts pay = p.payments();
        // Without linked cards no saved card is ever found, so paying with one is a 404.
        FindLinkedCard linked =
                pay.linkedCards().<FindLinkedCard>map(cards -> cards).orElse((customer, card) -> Optional.empty());
        payOrder = new PayOrder(
                orders, pay.payments(), pay.cards(), pay.bankQr(), p.unitOfWork(), p.clock(), p.events(), linked);
        completePayment =
                new CompletePayment(orders, pay.payments(), pay.cards(), p.unitOfWork(), p.clock(), p.events());
        showOrderPayment = new ShowOrderPayment(pay.payments());
        expireUnpaidOrders = new ExpireUnpaidOrders(
                orders, settlement, p.unitOfWork(), policies.paymentTimeout(), p.clock(), p.events());
        showPaymentQr = pay.bankQr().map(qr -> new ShowPaymentQr(orders, pay.payments(), qr));
        applyPaymentCallback = pay.callbacks()
                .map(callbacks -> new ApplyPaymentCallback(
                        orders,
                        pay.payments(),
                        callbacks,
                        pay.cards(),
                        pay.bankQr(),
                        p.unitOfWork(),
                        p.clock(),
                        p.events()));
    }

    /** Pays a {@code CARD} or {@code BANK_QR} order. */
    public PayOrder payOrder() {
        return payOrder;
    }

    /** Settles a card payment once the cardholder authenticated. */
    public CompletePayment completePayment() {
        return completePayment;
    }

    /** An order's payment. */
    public ShowOrderPayment showOrderPayment() {
        return showOrderPayment;
    }

    /** Cancels prepaid orders unpaid past the timeout. */
    public ExpireUnpaidOrders expireUnpaidOrders() {
        return expireUnpaidOrders;
    }

    /** The QR code of a bank-app payment; with a {@code BankQrIssuer} only. */
    public Optional<ShowPaymentQr> showPaymentQr() {
        return showPaymentQr;
    }

    /** The bank's and processor's signed callbacks; with {@code PaymentNoticeVerifier} only. */
    public Optional<ApplyPaymentCallback> applyPaymentCallback() {
        return applyPaymentCallback;
    }
}
