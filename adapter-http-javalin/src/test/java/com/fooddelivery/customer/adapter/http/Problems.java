package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/**
 * What every refusal must look like, checked the same way by the route tests and bootstrap's stories:
 * an RFC 9457 problem with its status, type and title, and for bad input the fields at fault.
 */
public final class Problems {

    private Problems() {}

    /** The response is an {@code application/problem+json} of this status, with a type and a title. */
    public static void assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).as(text(response)).isEqualTo(status);
        assertThat(problem.get("type").asText()).as(text(response)).isNotBlank();
        assertThat(problem.get("title").asText()).as(text(response)).isNotBlank();
    }

    /** The response is a 400 problem whose errors name the field. */
    public static void assertFieldError(HttpResponse<byte[]> response, String field) {
        assertProblem(response, 400);
        assertThat(json(response).get("errors").findValuesAsText("field"))
                .as(text(response))
                .contains(field);
    }
}
