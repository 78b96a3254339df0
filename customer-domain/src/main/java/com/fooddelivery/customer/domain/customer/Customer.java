package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A customer's account; without the password hash, so that cannot reach a response by accident. */
public record Customer(
        CustomerId id,
        UUID uid,
        Login login,
        Email email,
        PhoneNumber phoneNumber,
        Optional<DeliveryAddress> deliveryAddress,
        Optional<PaymentMethod> preferredPaymentMethod) {

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
