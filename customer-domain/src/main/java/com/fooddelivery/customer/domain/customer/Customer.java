package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's account; without the password hash, so that cannot reach a response by accident.
 *
 * @param phoneNumber            phone in E.164
 * @param deliveryAddress        the address orders go to unless the order says otherwise
 */
public record Customer(
        CustomerId id,
        UUID uid,
        Login login,
        Email email,
        PhoneNumber phoneNumber,
        Optional<DeliveryAddress> deliveryAddress,
        Optional<PaymentMethod> preferredPaymentMethod) {

    /** Requires every part; unset ones are empty. */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        Objects.requireNonNull(preferredPaymentMethod, "preferredPaymentMethod");
    }
}
