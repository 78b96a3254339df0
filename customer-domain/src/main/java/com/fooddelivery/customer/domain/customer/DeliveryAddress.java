package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Validator;

/** Where food is brought: free text as the customer writes it for the courier, 1 to 500 characters. */
public record DeliveryAddress(String value) {

    public static final int MAX_LENGTH = 500;

    public DeliveryAddress {
        Validator.check().lines(value, "deliveryAddress", 1, MAX_LENGTH).done();
        value = value.strip();
    }
}
