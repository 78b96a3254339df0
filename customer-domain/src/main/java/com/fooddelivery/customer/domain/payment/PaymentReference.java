package com.fooddelivery.customer.domain.payment;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Our reference of one payment attempt, in the QR code, in callbacks and as the processor's idempotency
 * key: 20 upper-case letters and digits, to fit the tightest field it travels in (EMVCo tag 62-05, 25).
 */
public record PaymentReference(String value) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Length of every reference. */
    public static final int LENGTH = 20;
    // Compiled once: String.matches compiled it on every payment, a few percent of an order's CPU.
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{" + LENGTH + "}");
    /** The 32 letters give 5 bits a character: 100 bits in 13 random bytes. */
    private static final int BITS = 5;

    /** Upper-case letters and digits only: what a bank transfer's reference field carries unchanged. */
    public PaymentReference {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a payment reference is " + LENGTH + " upper-case letters and digits");
        }
    }

    /** A new random reference; 100 bits, so nobody guesses another customer's. */
    public static PaymentReference random() {
        // One draw from the shared generator instead of one per character, which every request thread
        // placing an order queued on; each character is still 5 uniformly random bits.
        byte[] bits = new byte[(LENGTH * BITS + Byte.SIZE - 1) / Byte.SIZE];
        RANDOM.nextBytes(bits);
        char[] text = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            int bit = i * BITS;
            int window = (bits[bit / Byte.SIZE] & 0xFF) << Byte.SIZE;
            if (bit / Byte.SIZE + 1 < bits.length) {
                window |= bits[bit / Byte.SIZE + 1] & 0xFF;
            }
            text[i] = ALPHABET.charAt((window >>> (2 * Byte.SIZE - BITS - bit % Byte.SIZE)) & (ALPHABET.length() - 1));
        }
        return new PaymentReference(new String(text));
    }

    /** The reference written as {@code text}, if it is one. */
    public static Optional<PaymentReference> parse(String text) {
        return text != null && SHAPE.matcher(text).matches()
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
