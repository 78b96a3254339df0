package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Validator;

/** Where food is brought: free text as the customer writes it for the courier, 1 to 500 characters. */
public record DeliveryAddress(String value) {

    /** Longest address accepted. */
    public static final int MAX_LENGTH = 500;

    /**
     * Requires 1 to {@link #MAX_LENGTH} characters after trimming.
     *
     * @throws com.fooddelivery.customer.domain.shared.ValidationException on field {@code deliveryAddress}
     */
    public DeliveryAddress {
        Validator.check().lines(value, "deliveryAddress", 1, MAX_LENGTH).done();
        value = value.strip();
    }
}
