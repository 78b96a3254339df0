package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.payment.StripeStandIn;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linked cards with {@code CARD_PROCESSOR=stripe}, over HTTP against PostgreSQL and a stand-in that keeps
 * Stripe's state: the card is attached to one Stripe Customer, paid with its CVC recollected, stays
 * attached when the customer's last session ends, and is detached when it is unlinked.
 */
class LinkedCardsThroughStripeTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";

    private static StripeStandIn stripe;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static int pizza;

    @BeforeAll
    static void start() throws IOException {
        stripe = new StripeStandIn();
        backend = TestBackends.start(
                TestPostgres.freshDatabase(),
                "SERVICE_KEYS",
                SERVICE_KEY,
                "CARD_PROCESSOR",
                "stripe",
                "STRIPE_API_KEY",
                "sk_test_51QlinkedCardsKey",
                "STRIPE_API_BASE",
                stripe.baseUrl().toString(),
                "STRIPE_WEBHOOK_SECRET",
                "whsec_test_linked_cards_0123456789",
                "CARD_RETURN_URL",
                "https://app.example/paid");
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
    }

    @AfterAll
    static void stop() {
        backend.close();
        stripe.close();
    }

    @Test
    void aLinkedCardPaysWithItsCvcOutlivesTheLastSessionAndIsDetachedWhenUnlinked() {
        String token = customers.signedIn("stripey", "+4916300000001");
        HttpResponse<byte[]> linked =
                api.json("POST", "/api/v1/customers/me/cards", """
                {"card": {"number": "4242424242424242", "expMonth": 12, "expYear": 2030, "cvc": "123",
                 "holder": "Anna"}}""", "Authorization", "Bearer " + token);
        assertThat(linked.statusCode()).as(ApiClient.text(linked)).isEqualTo(201);
        int card = json(linked).get("id").asInt();
        assertThat(stripe.attached()).hasSize(1);
        String paymentMethod = stripe.attached().keySet().iterator().next();

        String uid = customers.placed(token, "order-1", orderBody(pizza, 1, "CARD"));
        HttpResponse<byte[]> paid = api.json(
                "POST",
                "/api/v1/orders/" + uid + "/payments",
                """
                {"savedCardId": %s, "cvc": "4719"}""".formatted(card),
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                "pay-1");
        assertThat(paid.statusCode()).as(ApiClient.text(paid)).isEqualTo(201);
        JsonNode payment = json(paid).get("payment");
        assertThat(payment.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(payment.get("card").get("last4").asText()).isEqualTo("4242");
        assertThat(stripe.lastToken()).containsEntry("cvc_update[cvc]", "4719");
        assertThat(stripe.lastCreate())
                .containsEntry("payment_method", paymentMethod)
                .containsEntry("customer", stripe.attached().get(paymentMethod))
                .containsKey("payment_method_options[card][cvc_token]")
                .doesNotContainValue("4719");

        assertThat(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);
        assertThat(stripe.attached())
                .as("signing out of the last session detaches nothing")
                .containsKey(paymentMethod);
        String again = customers.token("stripey");
        assertThat(json(api.call("GET", "/api/v1/customers/me/cards", "Authorization", "Bearer " + again))
                        .get("cards"))
                .hasSize(1);

        assertThat(api.call("DELETE", "/api/v1/customers/me/cards/" + card, "Authorization", "Bearer " + again)
                        .statusCode())
                .isEqualTo(204);
        assertThat(stripe.attached()).as("unlinked, so detached at Stripe").isEmpty();
    }
}
