package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * All of a customer's editable settings, a partial request already merged with the current profile.
 *
 * @param email                  email address
 * @param phoneNumber            phone in E.164
 * @param deliveryAddress        default delivery address, or none
 * @param preferredPaymentMethod preferred method, or none
 */
public record ProfileChange(
        Email email,
        PhoneNumber phoneNumber,
        Optional<DeliveryAddress> deliveryAddress,
        Optional<PaymentMethod> preferredPaymentMethod) {

    /**
     * Requires every part; a cleared address or payment method is an empty {@code Optional}.
     *
     * @param email email address
     * @param phoneNumber phone in E.164
     * @param deliveryAddress default delivery address, or none
     * @param preferredPaymentMethod preferred method, or none
     */
    public ProfileChange {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        Objects.requireNonNull(preferredPaymentMethod, "preferredPaymentMethod");
    }
}
