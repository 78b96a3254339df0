package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/** The bank's counterpart of {@link OutsideTransactionsCardProcessor}: a refund asked inside a unit of work fails the test. */
public final class OutsideTransactionsBankQrIssuer implements BankQrIssuer {

    private final BankQrIssuer bank;
    private final InMemoryUnitOfWork unitOfWork;

    public OutsideTransactionsBankQrIssuer(BankQrIssuer bank, InMemoryUnitOfWork unitOfWork) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public String payload(PaymentReference reference, Money amount) {
        return bank.payload(reference, amount);
    }

    @Override
    public byte[] png(String payload) {
        return bank.png(payload);
    }

    @Override
    public String refund(PaymentReference reference, String transactionReference, Money amount) {
        OutsideTransactionsCardProcessor.outside(unitOfWork, "bank refund");
        return bank.refund(reference, transactionReference, amount);
    }
}
