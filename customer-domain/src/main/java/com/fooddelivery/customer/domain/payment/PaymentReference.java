package com.fooddelivery.customer.domain.payment;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * Our reference of one payment attempt, as the bank and the card processor see it: in the QR code's
 * reference field, in callbacks and as the processor's idempotency key. 20 upper-case letters and
 * digits, so it fits the tightest field it travels in (EMVCo tag 62-05 holds 25 characters).
 */
public record PaymentReference(String value) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Length of every reference. */
    public static final int LENGTH = 20;

    /**
     * Refuses anything but {@link #LENGTH} upper-case letters and digits, the only form a bank transfer's
     * reference field carries unchanged.
     *
     * @throws IllegalArgumentException for any other text
     */
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

    /**
     * The reference written as {@code text}, if it is one.
     *
     * @return the reference, or empty when the text is not one
     */
    public static Optional<PaymentReference> parse(String text) {
        return text != null && text.matches("[A-Z0-9]{" + LENGTH + "}")
                ? Optional.of(new PaymentReference(text))
                : Optional.empty();
    }

    /**
     * The idempotency key of capturing this attempt's hold: one per attempt, so asking again captures once.
     *
     * @return the reference with {@code -capture}
     */
    public String captureKey() {
        return value + "-capture";
    }

    /**
     * The idempotency key of releasing this attempt's hold: one per attempt, so asking again releases once.
     *
     * @return the reference with {@code -void}
     */
    public String voidKey() {
        return value + "-void";
    }

    /**
     * The idempotency key of refunding this attempt: one per attempt, so asking again refunds once.
     *
     * @return the reference with {@code -refund}
     */
    public String refundKey() {
        return value + "-refund";
    }

    @Override
    public String toString() {
        return value;
    }
}
