package com.fooddelivery.customer.application.customer;

import java.util.Objects;

/**
 * What a partial update says about one field: leave it, set it, or clear it. Tells "not sent" from
 * "sent as null", which a plain optional cannot.
 */
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
        /** The only instance. */
        INSTANCE
    }

    /** Remove the field's value. */
    enum Clear implements FieldUpdate<Object> {
        /** The only instance. */
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
