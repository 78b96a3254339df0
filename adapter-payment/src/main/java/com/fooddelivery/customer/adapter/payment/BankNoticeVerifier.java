package com.fooddelivery.customer.adapter.payment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bank's payment callbacks, signed the way Stripe signs webhooks: the header
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} under a shared secret. A signature is
 * accepted only within {@link #TOLERANCE} of our clock, so a captured callback cannot be replayed
 * later; a replay within it is caught by the event id.
 *
 * <p>Body: {@code {"id", "type": "payment.succeeded" | "payment.failed", "reference", "amount",
 * "currency", "transactionId"?, "failureReason"?}}: an amount of at most two decimals up to
 * 9999999999.99, a transaction id of at most 255 characters and a reason of at most 500.
 */
public final class BankNoticeVerifier implements PaymentNoticeVerifier {

    /** The provider name in the callback's path. */
    public static final String PROVIDER = "bank";
    /** How far a signature's timestamp may be from now, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** A key given twice is refused: with the last one winning, a signed body could be read two ways. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /**
     * No payment is larger (amounts are kept as numeric(12, 2)). Compared before {@link Money} is built,
     * so an exponent such as {@code 1e999999999} is refused instead of being expanded to two decimals.
     */
    private static final BigDecimal LARGEST_AMOUNT = Money.LARGEST;

    private final Optional<byte[]> secret;

    /** @param secret the shared secret; empty refuses every callback */
    public BankNoticeVerifier(Optional<String> secret) {
        this.secret = Objects.requireNonNull(secret, "secret").map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature header for {@code body} sent at {@code timestamp}: what the bank sends, and what tests send. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }

    @Override
    public PaymentNotice verify(String provider, String signature, byte[] body, Instant now) {
        if (!PROVIDER.equals(provider)) {
            throw new CallbackRejectedException("unknown payment provider");
        }
        if (secret.isEmpty()) {
            throw new CallbackRejectedException("PAYMENT_CALLBACK_SECRET is not set");
        }
        if (signature == null) {
            throw new CallbackRejectedException("no signature");
        }
        Long timestamp = null;
        boolean matched = false;
        for (String part : signature.split(",")) {
            String item = part.strip();
            if (item.startsWith("t=") && timestamp == null) {
                try {
                    timestamp = Long.parseLong(item.substring(2));
                } catch (NumberFormatException notANumber) {
                    throw new CallbackRejectedException("malformed signature timestamp");
                }
            }
        }
        if (timestamp == null) {
            throw new CallbackRejectedException("no signature timestamp");
        }
        byte[] expected = hmac(secret.get(), timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String part : signature.split(",")) {
            String item = part.strip();
            // Several v1 entries are allowed, so the secret can be rotated without dropping callbacks.
            if (item.startsWith("v1=")
                    && MessageDigest.isEqual(expected, item.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                matched = true;
            }
        }
        if (!matched) {
            throw new CallbackRejectedException("signature does not match");
        }
        // A timestamp beyond Instant's range (it is signed, but any long can be) is refused before an
        // Instant is built from it, which would throw.
        if (timestamp < Instant.MIN.getEpochSecond()
                || timestamp > Instant.MAX.getEpochSecond()
                || Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
            throw new CallbackRejectedException("signature timestamp outside the tolerance");
        }
        return notice(provider, body);
    }

    private static PaymentNotice notice(String provider, byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException malformed) {
            throw ValidationException.of("body", "is not well-formed JSON with each key given once");
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (json == null || !json.isObject()) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        String id = text(json, "id");
        String type = text(json, "type");
        String reference = text(json, "reference");
        String currencyCode = text(json, "currency");
        JsonNode amount = json.get("amount");
        String transactionId = text(json, "transactionId");
        String failureReason = text(json, "failureReason");
        Currency currency = currencyCode == null ? null : currencyOf(currencyCode);
        Validator.check()
                .require(
                        id != null && !id.isBlank() && Payment.characters(id) <= PaymentNotice.MAX_EVENT_ID,
                        "id",
                        "must be 1 to " + PaymentNotice.MAX_EVENT_ID + " characters")
                .require(
                        "payment.succeeded".equals(type) || "payment.failed".equals(type),
                        "type",
                        "must be payment.succeeded or payment.failed")
                .require(reference != null, "reference", "is required")
                .require(currency != null, "currency", "must be an ISO 4217 code")
                .require(
                        amount != null
                                && amount.isNumber()
                                && amount.decimalValue().signum() >= 0
                                && amount.decimalValue().compareTo(LARGEST_AMOUNT) <= 0
                                && amount.decimalValue().stripTrailingZeros().scale() <= 2,
                        "amount",
                        "must be a number from 0 to " + LARGEST_AMOUNT.toPlainString() + " with at most two decimals")
                .require(
                        transactionId == null || Payment.characters(transactionId) <= Payment.MAX_PROVIDER_REFERENCE,
                        "transactionId",
                        "must be at most " + Payment.MAX_PROVIDER_REFERENCE + " characters")
                .require(
                        failureReason == null || Payment.characters(failureReason) <= Payment.MAX_FAILURE_REASON,
                        "failureReason",
                        "must be at most " + Payment.MAX_FAILURE_REASON + " characters")
                .done();
        BigDecimal value = amount.decimalValue();
        return new PaymentNotice(
                provider,
                id,
                PaymentMethod.BANK_QR,
                reference,
                new Money(value, currency),
                type.equals("payment.succeeded") ? PaymentNotice.Outcome.PAID : PaymentNotice.Outcome.FAILED,
                Optional.ofNullable(transactionId),
                Optional.ofNullable(failureReason));
    }

    private static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String hmac(byte[] key, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", impossible);
        }
    }
}
