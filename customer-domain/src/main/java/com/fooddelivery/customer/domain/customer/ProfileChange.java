package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;

/** All of a customer's editable settings, a partial request already merged with the current profile. */
public record ProfileChange(
        Email email,
        PhoneNumber phoneNumber,
        Optional<DeliveryAddress> deliveryAddress,
        Optional<PaymentMethod> preferredPaymentMethod) {

    public ProfileChange {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        Objects.requireNonNull(preferredPaymentMethod, "preferredPaymentMethod");
    }
}
