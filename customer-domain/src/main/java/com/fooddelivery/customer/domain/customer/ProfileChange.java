package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * All of a customer's editable settings, a partial request already merged with the current profile.
 *
 * @param phoneNumber            phone in E.164
 */
public record ProfileChange(
        Email email,
        PhoneNumber phoneNumber,
        Optional<DeliveryAddress> deliveryAddress,
        Optional<PaymentMethod> preferredPaymentMethod) {

    /** Requires every part; a cleared address or payment method is an empty {@code Optional}. */
    public ProfileChange {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        Objects.requireNonNull(preferredPaymentMethod, "preferredPaymentMethod");
    }
}
