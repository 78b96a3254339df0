package com.fooddelivery.customer.application.customer;

import java.util.Objects;

/** Leave, set or clear one field: tells "not sent" from "sent as null", which an optional cannot. */
public sealed interface FieldUpdate<T> {

    /** Leave the field as it is. */
    @SuppressWarnings("unchecked")
    static <T> FieldUpdate<T> keep() {
        return (FieldUpdate<T>) Keep.INSTANCE;
    }

    /** Give the field this value. */
    static <T> FieldUpdate<T> set(T value) {
        return new Set<>(value);
    }

    /** Remove the field's value. */
    @SuppressWarnings("unchecked")
    static <T> FieldUpdate<T> clear() {
        return (FieldUpdate<T>) Clear.INSTANCE;
    }

    /** Leave the field. */
    enum Keep implements FieldUpdate<Object> {
        INSTANCE
    }

    /** Remove the field's value. */
    enum Clear implements FieldUpdate<Object> {
        INSTANCE
    }

    /** The new value. */
    record Set<T>(T value) implements FieldUpdate<T> {
        /** Requires a value: to remove one, use {@link FieldUpdate#clear()}. */
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }
}
