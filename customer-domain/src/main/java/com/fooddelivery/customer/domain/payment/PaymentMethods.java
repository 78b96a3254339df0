package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads payment methods from client input. */
public final class PaymentMethods {

    private static final String NAMES =
            Arrays.stream(PaymentMethod.values()).map(Enum::name).collect(Collectors.joining(", "));

    private PaymentMethods() {}

    /**
     * The method named exactly {@code name}.
     *
     * @param name the method's name, e.g. {@code CARD}
     * @param field the client's name of the field it came in, for the error
     * @throws ValidationException when no method has that name
     */
    public static PaymentMethod parse(String name, String field) {
        for (PaymentMethod method : PaymentMethod.values()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        throw ValidationException.of(field, "must be one of " + NAMES);
    }
}
