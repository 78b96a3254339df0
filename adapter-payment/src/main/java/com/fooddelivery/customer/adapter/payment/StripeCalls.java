package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor.Declined;
import com.fooddelivery.customer.domain.payment.CardProcessor.Outcome;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import java.util.Optional;

/**
 * One request to Stripe as {@link StripeCardProcessor} makes it: under the caller's idempotency key, with
 * Stripe's failures sorted into the port's refusals and missing answers, and its decline codes read.
 */
final class StripeCalls {

    /** Stripe's answer to a declined card that gives no more specific reason. */
    private static final String GENERIC_DECLINE = "generic_decline";

    /** Stripe's code for a cardholder who failed 3-D Secure, reported as the port's {@code authentication_failed}. */
    private static final String AUTHENTICATION_FAILURE = "payment_intent_authentication_failure";

    private StripeCalls() {}

    static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** A decline's most specific code: {@code insufficient_funds} rather than {@code card_declined}. */
    private static String reason(String code, String declineCode, String fallback) {
        if (declineCode != null && !declineCode.equals(GENERIC_DECLINE)) {
            return declineCode;
        }
        return code != null ? code : fallback;
    }

    /** The most specific code of a PaymentIntent's last error, or {@code fallback} without one. */
    static String reason(StripeError error, String fallback) {
        if (error != null && AUTHENTICATION_FAILURE.equals(error.getCode())) {
            return "authentication_failed";
        }
        return error == null ? fallback : reason(error.getCode(), error.getDeclineCode(), fallback);
    }

    /**
     * Runs one request and sorts Stripe's failures into the port's two kinds: a refusal that a
     * retry would get again ({@link Declined}), and no usable answer ({@link PaymentGatewayException},
     * safe to retry under the same key).
     */
    static Outcome call(String step, StripeCall<? extends Outcome> call) {
        return call(step, Outcome.class, call);
    }

    /** As {@link #call(String, StripeCall)}, for any answer type that a {@link Declined} also is. */
    static <T> T call(String step, Class<T> answer, StripeCall<? extends T> call) {
        try {
            return call.run();
        } catch (CardException declined) {
            return answer.cast(new Declined(reason(declined.getCode(), declined.getDeclineCode(), "card_declined")));
        } catch (RateLimitException throttled) {
            // Checked before its superclass InvalidRequestException: being throttled is no answer.
            throw new PaymentGatewayException(
                    "Stripe throttled the " + step + " (HTTP 429, request " + throttled.getRequestId() + ")");
        } catch (IdempotencyException reused) {
            // Stripe ran nothing for this request (the key was used with other parameters, or is still in
            // use by a concurrent one), which says nothing about the first request under the key: its
            // hold may exist. No answer, then, so the attempt stays pending for a webhook or retry rather
            // than failing with the money possibly held.
            throw new PaymentGatewayException("Stripe refused the " + step + "'s idempotency key (HTTP "
                    + reused.getStatusCode() + ", request " + reused.getRequestId() + ")");
        } catch (InvalidRequestException refused) {
            // The request itself was refused (no such PaymentIntent, already captured): asking again gets
            // the same answer.
            return answer.cast(
                    new Declined(Optional.ofNullable(refused.getCode()).orElse("invalid_request")));
        } catch (ApiConnectionException unreachable) {
            throw new PaymentGatewayException("Stripe did not answer the " + step + " in time", unreachable);
        } catch (StripeException failed) {
            // 401/403 (our key), 429 and 5xx: nothing is known to have happened. Only the status,
            // code and request id are kept: Stripe's texts may quote what was sent.
            throw new PaymentGatewayException("Stripe failed the " + step + " (HTTP " + failed.getStatusCode()
                    + ", code " + failed.getCode() + ", request " + failed.getRequestId() + ")");
        }
    }

    @FunctionalInterface
    interface StripeCall<T> {
        T run() throws StripeException;
    }
}
