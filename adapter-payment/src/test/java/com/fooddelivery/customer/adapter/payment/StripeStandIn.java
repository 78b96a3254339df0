package com.fooddelivery.customer.adapter.payment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stand-in for the part of Stripe's API the adapter uses, keeping state as Stripe does: each
 * PaymentIntent moves from {@code requires_capture} to {@code succeeded} or {@code canceled}, a
 * request repeated under its {@code Idempotency-Key} gets the first answer again (another request
 * under a used key gets {@code idempotency_error}), and the documented test cards and
 * PaymentMethods get their documented answers. Where {@link StripeCardProcessorTest} scripts single
 * answers with WireMock, this lets the card processor contract run whole sequences, and the service's
 * own stories run against Stripe end to end.
 */
public final class StripeStandIn implements AutoCloseable {

    /** Stripe's test cards and what they answer: a decline code, or null for approval. */
    private static final Map<String, String> DECLINES = Map.of(
            "4000000000000002", "generic_decline",
            "4000000000009995", "insufficient_funds",
            "4000000000000119", "processing_error");
    /** Test tokens and PaymentMethods, by the card they stand for. */
    private static final Map<String, String> TEST_PAYMENT_METHODS = Map.of(
            "tok_visa", "4242424242424242",
            "pm_card_visa", "4242424242424242",
            "tok_chargeDeclined", "4000000000000002",
            "pm_card_chargeDeclined", "4000000000000002",
            "tok_threeDSecure2Required", "4000000000003220",
            "pm_card_threeDSecure2Required", "4000000000003220",
            "pm_card_authenticationRequired", "4000002760003184");
    /** Stripe's 3-D Secure test cards, and whether the issuer declines once the cardholder authenticated. */
    private static final Map<String, Boolean> THREE_D_SECURE = Map.of(
            "4000002760003184", false,
            "4000000000003220", false,
            "4000008400001629", true);

    private final HttpServer server;
    private final Map<String, Answer> answersByKey = new HashMap<>();
    private final Map<String, Intent> intents = new HashMap<>();
    private final Set<String> customers = new HashSet<>();
    /** Saved cards: PaymentMethod id → the customer it is attached to. */
    private final Map<String, String> attached = new HashMap<>();
    /** Saved cards: PaymentMethod id → the test card it stands for (test numbers only, in this stand-in). */
    private final Map<String, String> savedCards = new HashMap<>();
    /** CVC update tokens not used yet. */
    private final Set<String> cvcTokens = new HashSet<>();
    /** 3-D Secure test cards that a SetupIntent saves without a challenge (they ask on every payment). */
    private static final Set<String> SAVED_WITHOUT_CHALLENGE = Set.of("4000000000003220");

    private Map<String, String> lastToken = Map.of();
    private int created;
    private Map<String, String> lastCreate = Map.of();

    private record Answer(String path, String request, int status, String body) {}

    private static final class Intent {
        final String id;
        final String reference;
        final long amount;
        final String paymentMethod;
        String status = "requires_capture";
        /** For a 3-D Secure card: where Stripe sends the browser back, and whether the issuer declines afterwards. */
        String returnUrl;

        boolean declineAfter;
        String lastError = "";

        Intent(String id, String reference, long amount, String paymentMethod) {
            this.id = id;
            this.reference = reference;
            this.amount = amount;
            this.paymentMethod = paymentMethod;
        }

        String json() {
            String extra = paymentMethod;
            if (status.equals("requires_action")) {
                extra += """
                        , "next_action": {"type": "redirect_to_url", "redirect_to_url": {
                          "url": "https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=%s",
                          "return_url": "%s"}}""".formatted(id, returnUrl);
            }
            if (!lastError.isEmpty()) {
                extra += ", \"last_payment_error\": {\"type\": \"card_error\", \"code\": \"" + lastError + "\"}";
            }
            return StripeJson.paymentIntent(id, status, reference, amount, extra);
        }
    }

    /**
     * Listens on a free loopback port.
     *
     * @throws IOException when no port can be had
     */
    public StripeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/", this::handle);
        server.start();
    }

    /** @return where the stand-in answers, as {@code STRIPE_API_BASE} takes it */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Answer first = key == null ? null : answersByKey.get(key);
            Answer answer;
            if (first != null && first.path().equals(path) && first.request().equals(request)) {
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
                answer = first;
            } else if (first != null) {
                answer = new Answer(
                        path,
                        request,
                        400,
                        StripeJson.error(
                                "idempotency_error",
                                "",
                                "Keys for idempotent requests can only be used with the same parameters."));
            } else {
                answer = answer(exchange.getRequestMethod(), path, request, form(request));
                if (key != null) {
                    answersByKey.put(key, answer);
                }
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_standin");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The last request that created a PaymentIntent, as form fields. */
    public synchronized Map<String, String> lastCreate() {
        return lastCreate;
    }

    /**
     * Plays the cardholder on Stripe's challenge page of the intent {@code id}.
     *
     * @param id the PaymentIntent waiting for authentication
     * @param approve whether the cardholder completes the challenge
     */
    synchronized void authenticate(String id, boolean approve) {
        Intent intent = intents.get(id);
        if (intent == null || !intent.status.equals("requires_action")) {
            throw new IllegalStateException("no intent " + id + " waits for authentication");
        }
        if (approve && !intent.declineAfter) {
            intent.status = "requires_capture";
        } else {
            // As Stripe does: the intent asks for another payment method, with why the last one failed.
            intent.status = "requires_payment_method";
            intent.lastError = approve ? "card_declined" : "payment_intent_authentication_failure";
        }
    }

    private Answer answer(String method, String path, String request, Map<String, String> form) {
        String[] parts = path.split("/");
        if (method.equals("GET") && parts.length == 4 && parts[2].equals("payment_intents")) {
            Intent intent = intents.get(parts[3]);
            return intent == null ? missing(path, request, parts[3]) : new Answer(path, request, 200, intent.json());
        }
        if (!method.equals("POST")) {
            return new Answer(path, request, 405, StripeJson.error("invalid_request_error", "", "POST only"));
        }
        if (path.equals("/v1/payment_intents")) {
            return create(path, request, form);
        }
        if (path.equals("/v1/tokens")) {
            return cvcToken(path, request, form);
        }
        if (path.equals("/v1/customers")) {
            String id = "cus_standin" + ++created;
            customers.add(id);
            return new Answer(path, request, 200, """
                    {"id": "%s", "object": "customer"}""".formatted(id));
        }
        if (path.equals("/v1/setup_intents")) {
            return setUp(path, request, form);
        }
        if (parts.length == 5 && parts[2].equals("payment_methods") && parts[4].equals("detach")) {
            if (attached.remove(parts[3]) == null) {
                return new Answer(
                        path,
                        request,
                        400,
                        StripeJson.error(
                                "invalid_request_error",
                                "payment_method_unexpected_state",
                                "The payment method is not attached to a customer."));
            }
            return new Answer(path, request, 200, """
                    {"id": "%s", "object": "payment_method", "type": "card", "customer": null}""".formatted(parts[3]));
        }
        if (parts.length == 5 && parts[2].equals("payment_intents")) {
            Intent intent = intents.get(parts[3]);
            if (intent == null) {
                return missing(path, request, parts[3]);
            }
            return switch (parts[4]) {
                case "capture" -> move(path, request, intent, "requires_capture", "succeeded");
                case "cancel" ->
                    intent.status.startsWith("requires_action") || intent.status.equals("requires_payment_method")
                            ? move(path, request, intent, intent.status, "canceled")
                            : move(path, request, intent, "requires_capture", "canceled");
                default -> missing(path, request, parts[4]);
            };
        }
        if (path.equals("/v1/refunds")) {
            Intent intent = intents.get(form.getOrDefault("payment_intent", ""));
            if (intent == null) {
                return missing(path, request, form.get("payment_intent"));
            }
            if (!intent.status.equals("succeeded")) {
                return unexpectedState(path, request, intent);
            }
            return new Answer(path, request, 200, StripeJson.refund("re_standin" + ++created, intent.id, "succeeded"));
        }
        return missing(path, request, path);
    }

    private String cardNumber(Map<String, String> form) {
        return Optional.ofNullable(form.get("payment_method_data[card][number]"))
                .or(() -> Optional.ofNullable(form.get("payment_method_data[card][token]"))
                        .map(TEST_PAYMENT_METHODS::get))
                .or(() -> Optional.ofNullable(form.get("payment_method")).map(TEST_PAYMENT_METHODS::get))
                .or(() -> Optional.ofNullable(form.get("payment_method")).map(savedCards::get))
                .orElse("");
    }

    /** An unknown PaymentMethod or a declining test card, as a PaymentIntent and a SetupIntent both answer it. */
    private Optional<Answer> refused(
            String path, String request, Map<String, String> form, String number, String reference) {
        if (number.isEmpty()) {
            return Optional.of(new Answer(
                    path,
                    request,
                    400,
                    StripeJson.error("invalid_request_error", "payment_method_invalid", "No such PaymentMethod.")));
        }
        lastCreate = Map.copyOf(form);
        return Optional.ofNullable(DECLINES.get(number))
                .map(declineCode -> new Answer(path, request, 402, StripeJson.cardError(declineCode, reference)));
    }

    /** A {@code cvc_update} token, as Stripe.js or a server creates it to recollect a saved card's CVC. */
    private Answer cvcToken(String path, String request, Map<String, String> form) {
        lastToken = Map.copyOf(form);
        String cvc = form.getOrDefault("cvc_update[cvc]", "");
        if (!cvc.matches("[0-9]{3,4}")) {
            return new Answer(path, request, 402, StripeJson.cardError("invalid_cvc", ""));
        }
        String id = "cvctok_standin" + ++created;
        cvcTokens.add(id);
        return new Answer(path, request, 200, """
                {"id": "%s", "object": "token", "type": "cvc_update", "used": false, "livemode": false,
                 "created": 1764979200}""".formatted(id));
    }

    /**
     * A saved card pays only for the customer it is attached to, and, when the CVC is recollected, with a
     * fresh {@code cvc_update} token; empty when the request names no saved card.
     */
    private Optional<Answer> savedCardRefused(String path, String request, Map<String, String> form) {
        String method = form.getOrDefault("payment_method", "");
        if (!savedCards.containsKey(method)) {
            return Optional.empty();
        }
        if (!form.getOrDefault("customer", "").equals(attached.get(method))) {
            return Optional.of(new Answer(
                    path,
                    request,
                    400,
                    StripeJson.error(
                            "invalid_request_error",
                            "payment_method_not_available",
                            "The PaymentMethod does not belong to the Customer.")));
        }
        String cvcToken = form.get("payment_method_options[card][cvc_token]");
        if (cvcToken != null && !cvcTokens.remove(cvcToken)) {
            return Optional.of(new Answer(
                    path,
                    request,
                    400,
                    StripeJson.error(
                            "invalid_request_error",
                            "token_already_used",
                            "The CVC token was used already or never issued.")));
        }
        return Optional.empty();
    }

    /** The last request that created a CVC token, as form fields. */
    public synchronized Map<String, String> lastToken() {
        return lastToken;
    }

    private Answer create(String path, String request, Map<String, String> form) {
        Optional<Answer> notHis = savedCardRefused(path, request, form);
        if (notHis.isPresent()) {
            return notHis.get();
        }
        String number = cardNumber(form);
        String reference = form.getOrDefault("metadata[reference]", "");
        Optional<Answer> refused = refused(path, request, form, number, reference);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean challenged = THREE_D_SECURE.containsKey(number);
        if (challenged && "true".equals(form.get("error_on_requires_action"))) {
            return new Answer(path, request, 402, StripeJson.cardError("authentication_required", reference));
        }
        String brand = number.startsWith("5") ? "mastercard" : "visa";
        Intent intent = new Intent(
                "pi_standin" + ++created,
                reference,
                Long.parseLong(form.get("amount")),
                StripeJson.cardPaymentMethod(brand, number.substring(number.length() - 4)));
        if (challenged) {
            if (!form.containsKey("return_url")) {
                return new Answer(
                        path,
                        request,
                        400,
                        StripeJson.error(
                                "invalid_request_error",
                                "parameter_missing",
                                "A return_url is required to confirm this PaymentIntent."));
            }
            intent.status = "requires_action";
            intent.returnUrl = form.get("return_url");
            intent.declineAfter = THREE_D_SECURE.get(number);
        }
        intents.put(intent.id, intent);
        return new Answer(path, request, 200, intent.json());
    }

    /** A SetupIntent confirmed at once: the card is attached to the customer, refused, or needs 3-D Secure. */
    private Answer setUp(String path, String request, Map<String, String> form) {
        String number = cardNumber(form);
        String customer = form.getOrDefault("customer", "");
        if (!customers.contains(customer)) {
            return missing(path, request, customer);
        }
        Optional<Answer> refused = refused(path, request, form, number, "");
        if (refused.isPresent()) {
            return refused.get();
        }
        String id = "seti_standin" + ++created;
        if (THREE_D_SECURE.containsKey(number) && !SAVED_WITHOUT_CHALLENGE.contains(number)) {
            return new Answer(
                    path,
                    request,
                    200,
                    StripeJson.setupIntent(
                            id, "requires_action", customer, "\"next_action\": {\"type\": \"use_stripe_sdk\"}"));
        }
        String method = "pm_standin" + ++created;
        attached.put(method, customer);
        savedCards.put(method, number);
        return new Answer(
                path,
                request,
                200,
                StripeJson.setupIntent(
                        id,
                        "succeeded",
                        customer,
                        StripeJson.cardPaymentMethod(
                                method,
                                number.startsWith("5") ? "mastercard" : "visa",
                                number.substring(number.length() - 4))));
    }

    /** The PaymentMethods attached to a customer, by id, with the customer's id. */
    public synchronized Map<String, String> attached() {
        return Map.copyOf(attached);
    }

    private static Answer move(String path, String request, Intent intent, String from, String to) {
        if (!intent.status.equals(from)) {
            return unexpectedState(path, request, intent);
        }
        intent.status = to;
        return new Answer(path, request, 200, intent.json());
    }

    private static Answer unexpectedState(String path, String request, Intent intent) {
        return new Answer(
                path,
                request,
                400,
                StripeJson.error(
                        "invalid_request_error",
                        "payment_intent_unexpected_state",
                        "This PaymentIntent's status is " + intent.status + "."));
    }

    private static Answer missing(String path, String request, String id) {
        return new Answer(
                path,
                request,
                404,
                StripeJson.error("invalid_request_error", "resource_missing", "No such object: " + id));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
