package com.fooddelivery.customer.domain.payment;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * Our reference of one payment attempt, in the QR code, in callbacks and as the processor's idempotency
 * key: 20 upper-case letters and digits, to fit the tightest field it travels in (EMVCo tag 62-05, 25).
 */
public record PaymentReference(String value) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Length of every reference. */
    public static final int LENGTH = 20;

    /** Upper-case letters and digits only: what a bank transfer's reference field carries unchanged. */
    public PaymentReference {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Z0-9]{" + LENGTH + "}")) {
            throw new IllegalArgumentException("a payment reference is " + LENGTH + " upper-case letters and digits");
        }
    }

    /** A new random reference; 100 bits, so nobody guesses another customer's. */
    public static PaymentReference random() {
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new PaymentReference(text.toString());
    }

    /** The reference written as {@code text}, if it is one. */
    public static Optional<PaymentReference> parse(String text) {
        return text != null && text.matches("[A-Z0-9]{" + LENGTH + "}")
                ? Optional.of(new PaymentReference(text))
                : Optional.empty();
    }

    /** An idempotency key per attempt and action (also {@link #voidKey}, {@link #refundKey}): a retry acts once. */
    public String captureKey() {
        return value + "-capture";
    }

    public String voidKey() {
        return value + "-void";
    }

    public String refundKey() {
        return value + "-refund";
    }

    @Override
    public String toString() {
        return value;
    }
}
