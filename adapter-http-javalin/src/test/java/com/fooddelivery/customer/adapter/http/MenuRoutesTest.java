package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.TestPictures;
import com.fooddelivery.customer.domain.shared.Money;
import java.awt.Color;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public menu's answers over the domain's fakes: tags and revalidation, unknown and malformed ids,
 * unknown routes and methods, all as problem+json the contract describes. Browsing the demo menu the
 * service starts with on PostgreSQL is bootstrap's {@code MenuApiTest}.
 */
class MenuRoutesTest {

    private static RouteServer server;
    private static ContractClient api;

    @BeforeAll
    static void startWithThreeCategories() {
        CoreOverFakes fakes = new CoreOverFakes(Duration.ZERO);
        for (String name : new String[] {"Pizza", "Pasta", "Drinks"}) {
            Category category =
                    fakes.menu.add(new NewCategory(name, "", Optional.of(TestPictures.picture(Color.ORANGE))));
            fakes.menu.add(new NewMenuItem(
                    category.id(),
                    name + " of the day",
                    "",
                    Money.of("8.50", Currency.getInstance("EUR")),
                    Optional.of(TestPictures.picture(Color.RED))));
        }
        server = fakes.serve(ServiceKeys.none(), 1024 * 1024);
        api = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPictureCarriesItsTagAndIsNotSentAgainWhileUnchanged() {
        HttpResponse<byte[]> first = api.get("/api/v1/categories/1/picture");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        // Revalidated on every use, so a replaced picture is seen at once.
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("no-cache").doesNotContain("max-age"));
        HttpResponse<byte[]> again = api.get("/api/v1/categories/1/picture", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<byte[]> stale = api.get("/api/v1/categories/1/picture", "If-None-Match", "\"something-else\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void listsAreRevalidatedByTagToo() {
        HttpResponse<byte[]> first = api.get("/api/v1/categories/2/menu-items");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(api.get("/api/v1/categories/2/menu-items", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(api.get("/api/v1/categories/3/menu-items", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/categories/999/menu-items",
                "/api/v1/menu-items/999",
                "/api/v1/categories/999/picture",
                "/api/v1/menu-items/999/picture"
            })
    void unknownIdsAreNotFoundProblems(String path) {
        HttpResponse<byte[]> response = api.get(path);

        assertProblem(response, 404);
        assertThat(json(response).get("instance").asText()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/categories/abc/menu-items",
                "/api/v1/menu-items/0",
                "/api/v1/menu-items/-3",
                "/api/v1/menu-items/99999999999",
                "/api/v1/categories/1.5/picture",
                "/api/v1/menu-items/%27%20or%201=1/picture"
            })
    void malformedIdsAreBadRequestsNamingTheField(String path) {
        HttpResponse<byte[]> response = api.get(path);

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        assertProblem(api.get("/api/v1/no-such-thing"), 404);
        assertProblem(api.get("/"), 404);
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        HttpResponse<byte[]> response = api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/categories")).DELETE().build());

        assertProblem(response, 405);
    }
}
