package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stripe's webhooks about the PaymentIntents {@link StripeCardProcessor} creates, verified with the
 * SDK against the endpoint's signing secret ({@code whsec_…}) and a five-minute tolerance either side of our
 * clock, read into
 * notices about card payments:
 * {@code payment_intent.amount_capturable_updated} (the hold is in place), {@code payment_intent.succeeded}
 * (captured), {@code payment_intent.payment_failed} and {@code payment_intent.canceled}. The endpoint
 * is meant to be subscribed to those four; any other event type is refused as invalid.
 */
public final class StripeWebhooks implements PaymentNoticeVerifier {

    /** The provider name in the callback's path. */
    public static final String PROVIDER = "stripe";

    private static final Map<String, PaymentNotice.Outcome> OUTCOMES = Map.of(
            "payment_intent.amount_capturable_updated", PaymentNotice.Outcome.AUTHORIZED,
            "payment_intent.requires_action", PaymentNotice.Outcome.ACTION_REQUIRED,
            "payment_intent.succeeded", PaymentNotice.Outcome.PAID,
            "payment_intent.payment_failed", PaymentNotice.Outcome.FAILED,
            "payment_intent.canceled", PaymentNotice.Outcome.CANCELLED);

    private final Optional<String> secret;

    /** @param secret the endpoint's signing secret; empty refuses every webhook */
    public StripeWebhooks(Optional<String> secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    @Override
    public PaymentNotice verify(String provider, String signature, byte[] body, Instant now) {
        if (!PROVIDER.equals(provider)) {
            throw new CallbackRejectedException("unknown payment provider");
        }
        if (secret.isEmpty()) {
            throw new CallbackRejectedException("STRIPE_WEBHOOK_SECRET is not set");
        }
        if (signature == null) {
            throw new CallbackRejectedException("no signature");
        }
        // Stripe signs the body's UTF-8 text; the SDK takes it as a string.
        String payload = new String(body, StandardCharsets.UTF_8);
        Clock at = Clock.fixed(now, ZoneOffset.UTC);
        try {
            // Verified before anything is parsed, so an unsigned body is refused as unsigned, never as malformed.
            Webhook.Signature.verifyHeader(payload, signature, secret.get(), Webhook.DEFAULT_TOLERANCE, at);
        } catch (SignatureVerificationException wrong) {
            throw new CallbackRejectedException("Stripe signature refused: " + wrong.getMessage());
        } catch (RuntimeException malformed) {
            // The SDK's header parser throws on a header like "t=x" instead of refusing it.
            throw new CallbackRejectedException("malformed Stripe signature header");
        }
        // The SDK refuses only signatures too old; one dated ahead of our clock is refused too, as the bank's is.
        if (signedAt(signature).isAfter(now.plus(BankNoticeVerifier.TOLERANCE))) {
            throw new CallbackRejectedException("signature timestamp outside the tolerance");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret.get(), Webhook.DEFAULT_TOLERANCE, at);
        } catch (SignatureVerificationException impossible) {
            throw new CallbackRejectedException("Stripe signature refused: " + impossible.getMessage());
        } catch (RuntimeException malformed) {
            // Gson's JsonParseException: signed, but not an event this SDK can read.
            throw ValidationException.of("body", "is not a Stripe event");
        }
        PaymentNotice.Outcome outcome = OUTCOMES.get(event.getType());
        if (outcome == null || event.getId() == null) {
            throw ValidationException.of(
                    "type",
                    "must be one of "
                            + String.join(
                                    ", ", OUTCOMES.keySet().stream().sorted().toList()));
        }
        PaymentIntent intent = paymentIntent(event);
        String reference =
                intent.getMetadata() == null ? null : intent.getMetadata().get(StripeCardProcessor.REFERENCE_METADATA);
        if (reference == null || intent.getAmount() == null || intent.getCurrency() == null || intent.getId() == null) {
            throw ValidationException.of(
                    "data.object",
                    "must be a PaymentIntent with an id, amount, currency and " + "metadata."
                            + StripeCardProcessor.REFERENCE_METADATA);
        }
        Optional<Currency> currency = StripeAmounts.currencyOf(intent.getCurrency());
        Optional<String> failureReason = failureReason(outcome, intent);
        // Checked before the notice and its Money are built: both refuse what does not fit by throwing.
        Validator.check()
                .require(
                        Payment.characters(event.getId()) <= PaymentNotice.MAX_EVENT_ID,
                        "id",
                        "must be at most " + PaymentNotice.MAX_EVENT_ID + " characters")
                .require(
                        Payment.characters(intent.getId()) <= Payment.MAX_PROVIDER_REFERENCE,
                        "data.object.id",
                        "must be at most " + Payment.MAX_PROVIDER_REFERENCE + " characters")
                .require(intent.getAmount() >= 0, "data.object.amount", "must not be negative")
                .require(
                        currency.isPresent(),
                        "data.object.currency",
                        "must be an ISO 4217 currency with at most " + Money.SCALE + " decimals")
                .require(
                        failureReason
                                .map(text -> Payment.characters(text) <= Payment.MAX_FAILURE_REASON)
                                .orElse(true),
                        outcome == PaymentNotice.Outcome.CANCELLED
                                ? "data.object.cancellation_reason"
                                : "data.object.last_payment_error",
                        "must be at most " + Payment.MAX_FAILURE_REASON + " characters")
                .done();
        return new PaymentNotice(
                provider,
                event.getId(),
                PaymentMethod.CARD,
                reference,
                StripeAmounts.money(intent.getAmount(), currency.get()),
                outcome,
                Optional.of(intent.getId()),
                failureReason);
    }

    /** The header's {@code t=}, which the SDK has just verified is there and signed. */
    private static Instant signedAt(String signature) {
        for (String item : signature.split(",")) {
            String part = item.strip();
            if (part.startsWith("t=")) {
                try {
                    return Instant.ofEpochSecond(Long.parseLong(part.substring(2)));
                } catch (RuntimeException malformed) {
                    break;
                }
            }
        }
        throw new CallbackRejectedException("malformed Stripe signature header");
    }

    private static PaymentIntent paymentIntent(Event event) {
        StripeObject object;
        try {
            // An event of another API version than the SDK's is read anyway: the few fields used
            // here have kept their shape across versions.
            EventDataObjectDeserializer data = event.getDataObjectDeserializer();
            Optional<StripeObject> sameVersion = data.getObject();
            object = sameVersion.isPresent() ? sameVersion.get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException unreadable) {
            throw ValidationException.of("data.object", "is not a readable PaymentIntent");
        }
        if (!(object instanceof PaymentIntent intent)) {
            throw ValidationException.of("data.object", "must be a PaymentIntent");
        }
        return intent;
    }

    private static Optional<String> failureReason(PaymentNotice.Outcome outcome, PaymentIntent intent) {
        return switch (outcome) {
            case FAILED -> Optional.of(StripeCalls.reason(intent.getLastPaymentError(), "payment_failed"));
            case CANCELLED -> Optional.ofNullable(intent.getCancellationReason());
            default -> Optional.empty();
        };
    }
}
