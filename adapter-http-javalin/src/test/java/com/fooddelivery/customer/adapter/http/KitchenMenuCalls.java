package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The kitchen's menu calls under its service key, shared by the menu management's route tests over the fakes
 * and its end-to-end stories in bootstrap, so both speak to the API the same way.
 */
public final class KitchenMenuCalls {

    private static final String JSON = "application/json";

    private final ContractClient api;
    private final String serviceKey;

    public KitchenMenuCalls(ContractClient api, String serviceKey) {
        this.api = api;
        this.serviceKey = serviceKey;
    }

    /** A call with a JSON body, or with none when {@code body} is null. */
    public HttpResponse<byte[]> ops(String method, String path, String body) {
        return body == null ? ops(method, path, null, (byte[]) null) : ops(method, path, JSON, body);
    }

    public HttpResponse<byte[]> ops(String method, String path, String contentType, String body) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return ops(method, path, contentType, bytes);
    }

    public HttpResponse<byte[]> ops(String method, String path, String contentType, byte[] body) {
        return api.send(method, path, contentType, body, "X-Service-Key", serviceKey);
    }

    public HttpResponse<byte[]> delete(String path) {
        return api.send("DELETE", path, null, null, "X-Service-Key", serviceKey);
    }

    /** Adds a category and answers its id; anything but 201 fails the test. */
    public int addCategory(String name) {
        HttpResponse<byte[]> created = ops("POST", "/api/v1/ops/categories", JSON, """
                {"name": "%s"}""".formatted(name));
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        return json(created).get("id").asInt();
    }

    /** Adds a dish and answers its id; anything but 201 fails the test. */
    public int addItem(int category, String name, String price) {
        HttpResponse<byte[]> created =
                ops("POST", "/api/v1/ops/menu-items", JSON, """
                {"categoryId": %s, "name": "%s", "price": %s}""".formatted(category, name, price));
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        return json(created).get("id").asInt();
    }

    /** A whole menu item's body, as a replacement sends it. */
    public static String itemBody(int category, String name, String price, boolean available) {
        return """
                {"categoryId": %s, "name": "%s", "description": "", "price": %s, "available": %s}""".formatted(category, name, price, available);
    }
}
