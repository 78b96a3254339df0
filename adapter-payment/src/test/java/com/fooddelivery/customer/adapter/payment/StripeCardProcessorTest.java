package com.fooddelivery.customer.adapter.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Stripe adapter over real sockets against a stand-in that answers as Stripe's API reference says. */
class StripeCardProcessorTest {

    @RegisterExtension
    static final WireMockExtension STRIPE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String API_KEY = "sk_test_51QsecretKeyNeverLogged";
    private static final String NUMBER = "4242424242424242";
    private static final String CVC = "987";
    private static final Money AMOUNT = Money.of("19.20", Currency.getInstance("EUR"));
    private static final PaymentReference REFERENCE = new PaymentReference("ABCDEFGHJK2345678923");
    private static final CardSource CARD = new CardSource.Card(NUMBER, 12, 2030, CVC, "Anna Smith");
    /** Generous, so a build machine shared with benchmarks never times out a call that should succeed. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    /** For the timeout test alone. */
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(1);

    private final StripeCardProcessor stripe = new StripeCardProcessor(
            new StripeAccount(API_KEY, URI.create(STRIPE.baseUrl()), Duration.ofSeconds(2), READ_TIMEOUT));

    private static void answerPaymentIntents(int status, String body) {
        STRIPE.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_test")
                        .withBody(body)));
    }

    private static String authorised() {
        return StripeJson.paymentIntent(
                "pi_3Qauthorised", "requires_capture", REFERENCE.value(), StripeJson.visaPaymentMethod());
    }

    @Test
    void aCardIsAuthorisedByAConfirmedManualCapturePaymentIntentUnderOurKey() {
        answerPaymentIntents(200, authorised());

        CardProcessor.Outcome outcome = stripe.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value());

        assertThat(outcome)
                .isEqualTo(new CardProcessor.Approved("pi_3Qauthorised", Optional.of(new CardSummary("VISA", "4242"))));
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                        .withHeader("Idempotency-Key", equalTo(REFERENCE.value()))
                        .withFormParam("amount", equalTo("1920"))
                        .withFormParam("currency", equalTo("eur"))
                        .withFormParam("capture_method", equalTo("manual"))
                        .withFormParam("confirm", equalTo("true"))
                        .withFormParam("error_on_requires_action", equalTo("true"))
                        .withFormParam("metadata[reference]", equalTo(REFERENCE.value()))
                        .withFormParam("payment_method_data[type]", equalTo("card"))
                        .withFormParam("payment_method_data[card][number]", equalTo(NUMBER))
                        .withFormParam("payment_method_data[card][exp_month]", equalTo("12"))
                        .withFormParam("payment_method_data[card][exp_year]", equalTo("2030"))
                        .withFormParam("payment_method_data[card][cvc]", equalTo(CVC)));
    }

    @Test
    void aPaymentMethodIdIsPassedAsSuchAndALegacyTokenAsCardData() {
        answerPaymentIntents(200, authorised());

        stripe.authorize(REFERENCE, AMOUNT, new CardSource.Token("pm_card_visa"), "key-pm");
        stripe.authorize(REFERENCE, AMOUNT, new CardSource.Token("tok_visa"), "key-tok");

        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withHeader("Idempotency-Key", equalTo("key-pm"))
                        .withFormParam("payment_method", equalTo("pm_card_visa")));
        STRIPE.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/payment_intents"))
                        .withHeader("Idempotency-Key", equalTo("key-tok"))
                        .withFormParam("payment_method_data[card][token]", equalTo("tok_visa")));
    }

    @ParameterizedTest
    @CsvSource({"generic_decline, card_declined", "insufficient_funds, insufficient_funds", "lost_card, lost_card"})
    void aDeclineIsARefusalWithItsMostSpecificCode(String declineCode, String reason) {
        answerPaymentIntents(402, StripeJson.cardError(declineCode, REFERENCE.value()));

        assertThat(stripe.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value()))
                .isEqualTo(new CardProcessor.Declined(reason));
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutLeavesNothingKnownAndTheRetryReusesTheKey() {
        // First call: Stripe works past our read timeout. Second call (the client's retry): Stripe
        // replays the answer it stored under the same Idempotency-Key.
        STRIPE.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("retry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withFixedDelay((int) SHORT_READ_TIMEOUT.toMillis() * 3)
                        .withHeader("Content-Type", "application/json")
                        .withBody(authorised()))
                .willSetStateTo("answered"));
        STRIPE.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .inScenario("retry")
                .whenScenarioStateIs("answered")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Idempotent-Replayed", "true")
                        .withBody(authorised())));

        StripeCardProcessor impatient = new StripeCardProcessor(
                new StripeAccount(API_KEY, URI.create(STRIPE.baseUrl()), Duration.ofSeconds(2), SHORT_READ_TIMEOUT));
        assertThatThrownBy(() -> impatient.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value()))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageNotContaining(NUMBER)
                .hasMessageNotContaining(CVC)
                .hasMessageNotContaining(API_KEY);
        // The client's retry may reach another instance: what it sends depends on the payment alone.
        CardProcessor.Outcome retried = stripe.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value());

        assertThat(retried).isInstanceOf(CardProcessor.Approved.class);
        List<LoggedRequest> requests = STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
        assertThat(requests)
                .as("no automatic retry of the SDK's own: one request per call")
                .hasSize(2);
        assertThat(requests)
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactly(REFERENCE.value(), REFERENCE.value());
    }

    @ParameterizedTest
    @CsvSource({"500, api_error", "503, api_error", "429, rate_limit", "401, invalid_request_error"})
    void serverErrorsThrottlingAndABadKeyAreNoAnswer(int status, String type) {
        answerPaymentIntents(status, StripeJson.error(type, "", "Invalid API Key provided: " + API_KEY));

        assertThatThrownBy(() -> stripe.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value()))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("HTTP " + status)
                .hasMessageNotContaining(API_KEY)
                .hasMessageNotContaining(NUMBER)
                .hasMessageNotContaining(CVC);
    }

    @Test
    void aKeyStripeRefusesToReuseIsNoAnswerForTheFirstHoldUnderItMayExist() {
        answerPaymentIntents(
                400,
                StripeJson.error(
                        "idempotency_error",
                        "",
                        "Keys for idempotent requests can only be used with the same parameters they were first used with."));

        assertThatThrownBy(() -> stripe.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value()))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("idempotency key")
                .hasMessageContaining("HTTP 400")
                .hasMessageNotContaining(API_KEY)
                .hasMessageNotContaining(NUMBER)
                .hasMessageNotContaining(CVC);
    }

    @Test
    void anUnreachableStripeIsNoAnswer() {
        StripeCardProcessor nowhere = new StripeCardProcessor(new StripeAccount(
                API_KEY, URI.create("http://127.0.0.1:9"), Duration.ofMillis(500), SHORT_READ_TIMEOUT));

        assertThatThrownBy(() -> nowhere.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value()))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageNotContaining(API_KEY);
    }

    @Test
    void captureTakesTheHeldAmountOfThePaymentIntent() {
        STRIPE.stubFor(post(urlEqualTo("/v1/payment_intents/pi_3Qauthorised/capture"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(StripeJson.paymentIntent("pi_3Qauthorised", "succeeded", REFERENCE.value(), ""))));

        assertThat(stripe.capture("pi_3Qauthorised", AMOUNT, REFERENCE + "-capture"))
                .isEqualTo(new CardProcessor.Approved("pi_3Qauthorised", Optional.empty()));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Qauthorised/capture"))
                .withHeader("Idempotency-Key", equalTo(REFERENCE + "-capture"))
                .withFormParam("amount_to_capture", equalTo("1920")));
    }

    @Test
    void voidingCancelsThePaymentIntent() {
        STRIPE.stubFor(post(urlEqualTo("/v1/payment_intents/pi_3Qauthorised/cancel"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(StripeJson.paymentIntent("pi_3Qauthorised", "canceled", REFERENCE.value(), ""))));

        assertThat(stripe.voidAuthorization("pi_3Qauthorised", REFERENCE.voidKey()))
                .isEqualTo(new CardProcessor.Approved("pi_3Qauthorised", Optional.empty()));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Qauthorised/cancel"))
                .withHeader("Idempotency-Key", equalTo(REFERENCE.voidKey())));
    }

    @Test
    void aRefundReturnsTheCapturedAmountOfThePaymentIntent() {
        STRIPE.stubFor(post(urlEqualTo("/v1/refunds"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(StripeJson.refund("re_3Qrefund", "pi_3Qauthorised", "succeeded"))));

        assertThat(stripe.refund("pi_3Qauthorised", AMOUNT, REFERENCE.refundKey()))
                .isEqualTo(new CardProcessor.Approved("re_3Qrefund", Optional.empty()));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo(REFERENCE.refundKey()))
                .withFormParam("payment_intent", equalTo("pi_3Qauthorised"))
                .withFormParam("amount", equalTo("1920")));
    }

    @Test
    void capturingAPaymentIntentThatIsNoLongerHeldIsARefusal() {
        STRIPE.stubFor(post(urlPathEqualTo("/v1/payment_intents/pi_3Qcanceled/capture"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(StripeJson.error(
                                "invalid_request_error",
                                "payment_intent_unexpected_state",
                                "This PaymentIntent could not be captured because it has a status of canceled."))));

        assertThat(stripe.capture("pi_3Qcanceled", AMOUNT, "k"))
                .isEqualTo(new CardProcessor.Declined("payment_intent_unexpected_state"));
    }

    @Test
    void theCardDataGoesOnlyIntoTheBodyOfTheAuthorisation() {
        answerPaymentIntents(200, authorised());

        stripe.authorize(REFERENCE, AMOUNT, CARD, REFERENCE.value());

        LoggedRequest request = STRIPE.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")))
                .get(0);
        assertThat(request.getUrl()).doesNotContain(NUMBER);
        assertThat(request.getHeaders().all())
                .allSatisfy(header -> assertThat(header.values()).noneMatch(value -> value.contains(NUMBER)));
        STRIPE.verify(postRequestedFor(urlEqualTo("/v1/payment_intents")).withHeader("Stripe-Account", absent()));
    }
}
