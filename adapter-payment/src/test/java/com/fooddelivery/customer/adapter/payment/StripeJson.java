package com.fooddelivery.customer.adapter.payment;

/**
 * Bodies shaped as Stripe's API reference documents them (PaymentIntent, Refund, error and Event
 * objects), trimmed to the fields a client reads, for the stand-in server and signed webhooks.
 */
public final class StripeJson {

    public static final String API_VERSION = "2025-03-31.basil";

    private StripeJson() {}

    /** A PaymentIntent of 19.20 EUR in {@code status}, carrying our reference in its metadata. */
    public static String paymentIntent(String id, String status, String reference, String extra) {
        return paymentIntent(id, status, reference, 1920, extra);
    }

    /** A PaymentIntent of {@code amount} euro cents in {@code status}, carrying our reference in its metadata. */
    public static String paymentIntent(String id, String status, String reference, long amount, String extra) {
        return """
                {
                  "id": "%s",
                  "object": "payment_intent",
                  "amount": %d,
                  "amount_capturable": %d,
                  "amount_received": %d,
                  "capture_method": "manual",
                  "confirmation_method": "automatic",
                  "created": 1795608000,
                  "currency": "eur",
                  "description": "Order payment %s",
                  "livemode": false,
                  "metadata": {"reference": "%s"},
                  "payment_method_types": ["card"],
                  "status": "%s"%s
                }""".formatted(
                        id,
                        amount,
                        status.equals("requires_capture") ? amount : 0,
                        status.equals("succeeded") ? amount : 0,
                        reference,
                        reference,
                        status,
                        extra.isEmpty() ? "" : ",\n  " + extra);
    }

    /** The expanded {@code payment_method} of a Visa ending 4242. */
    public static String visaPaymentMethod() {
        return cardPaymentMethod("visa", "4242");
    }

    /** The expanded {@code payment_method} of a card of {@code brand} (Stripe's lower-case name) ending {@code last4}. */
    public static String cardPaymentMethod(String brand, String last4) {
        return cardPaymentMethod("pm_1Q" + brand + "Test", brand, last4);
    }

    /** The expanded {@code payment_method} {@code id} of a card of {@code brand} ending {@code last4}. */
    public static String cardPaymentMethod(String id, String brand, String last4) {
        return """
                "payment_method": {
                    "id": "%s",
                    "object": "payment_method",
                    "type": "card",
                    "billing_details": {"name": "Anna Smith"},
                    "card": {"brand": "%s", "last4": "%s", "exp_month": 12, "exp_year": 2030,
                             "country": "US", "funding": "credit"}
                  }""".formatted(id, brand, last4);
    }

    /** A SetupIntent of {@code customer} in {@code status}, with {@code extra} fields (the expanded payment_method). */
    public static String setupIntent(String id, String status, String customer, String extra) {
        return """
                {
                  "id": "%s",
                  "object": "setup_intent",
                  "created": 1795608000,
                  "customer": "%s",
                  "livemode": false,
                  "payment_method_types": ["card"],
                  "usage": "on_session",
                  "status": "%s",
                  %s
                }""".formatted(id, customer, status, extra);
    }

    /** A decline as Stripe answers it: HTTP 402 with a card_error. */
    public static String cardError(String declineCode, String reference) {
        return """
                {
                  "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "%s",
                    "message": "Your card was declined.",
                    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
                    "charge": "ch_3QdeclinedTest",
                    "payment_intent": %s
                  }
                }""".formatted(
                        declineCode,
                        paymentIntent(
                                "pi_3Qdeclined",
                                "requires_payment_method",
                                reference,
                                "\"last_payment_error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"decline_code\": \""
                                        + declineCode + "\"}"));
    }

    /** Any other error object, e.g. {@code api_error} for a 500. */
    public static String error(String type, String code, String message) {
        return """
                {"error": {"type": "%s", "code": "%s", "message": "%s"}}""".formatted(type, code, message);
    }

    /** A Refund object. */
    public static String refund(String id, String paymentIntent, String status) {
        return """
                {"id": "%s", "object": "refund", "amount": 1920, "currency": "eur", "payment_intent": "%s",
                 "status": "%s", "created": 1795608000}""".formatted(id, paymentIntent, status);
    }

    /** An Event whose {@code data.object} is {@code object}. */
    public static String event(String id, String type, String object) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": 1795608000,
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": "req_test", "idempotency_key": "ABCDEFGHJK2345678923"},
                  "type": "%s",
                  "data": {"object": %s}
                }""".formatted(id, API_VERSION, type, object);
    }
}
