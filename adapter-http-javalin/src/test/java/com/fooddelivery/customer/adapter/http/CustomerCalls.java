package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The customer's calls: signing up and in, and placing orders, shared by the route tests over the fakes
 * and the end-to-end stories in bootstrap, so both speak to the API the same way. Calls named for a
 * request answer the response as it comes; calls named for an outcome fail the test unless it happened.
 */
public final class CustomerCalls {

    /** The password every customer of these tests signs up with. */
    public static final String PASSWORD = "correct horse battery";

    private final ContractClient api;
    private final AtomicInteger people = new AtomicInteger();

    public CustomerCalls(ContractClient api) {
        this.api = api;
    }

    /** Someone who signed up, with the {@link #PASSWORD}. */
    public record Person(String login, String email, String phone) {}

    /** Signs up with the {@link #PASSWORD}. */
    public HttpResponse<byte[]> signUp(String login, String email, String phone) {
        return api.json("POST", "/api/v1/customers", """
                {"login": "%s", "email": "%s", "phoneNumber": "%s", "password": "%s"}""".formatted(login, email, phone, PASSWORD));
    }

    public HttpResponse<byte[]> signIn(String login, String password) {
        return api.json("POST", "/api/v1/sessions", """
                {"login": "%s", "password": "%s"}""".formatted(login, password));
    }

    /**
     * A new person ({@code person1}, {@code person2}, ... counted by this fixture, so one fixture a
     * database), signed up but not in.
     */
    public Person newPerson() {
        int n = people.incrementAndGet();
        Person person = new Person("person" + n, "person" + n + "@example.org", "+4917000" + String.format("%05d", n));
        HttpResponse<byte[]> signedUp = signUp(person.login(), person.email(), person.phone());
        assertThat(signedUp.statusCode()).as(text(signedUp)).isEqualTo(201);
        return person;
    }

    /** A new session of the person; answers its bearer token. */
    public String signIn(Person person) {
        return token(person.login());
    }

    /** A new session of the customer who signed up with the {@link #PASSWORD}; answers its bearer token. */
    public String token(String login) {
        HttpResponse<byte[]> session = signIn(login, PASSWORD);
        assertThat(session.statusCode()).as(text(session)).isEqualTo(201);
        return json(session).get("token").asText();
    }

    /** A new person, signed in: someone to place orders; answers the bearer token. */
    public String newCustomer() {
        return signIn(newPerson());
    }

    /** Signs a customer up as {@code login@example.org} and in; answers the bearer token. */
    public String signedIn(String login, String phone) {
        HttpResponse<byte[]> signedUp = signUp(login, login + "@example.org", phone);
        assertThat(signedUp.statusCode()).as(text(signedUp)).isEqualTo(201);
        return token(login);
    }

    /** A GET as the customer. */
    public HttpResponse<byte[]> get(String token, String path) {
        return api.get(path, "Authorization", "Bearer " + token);
    }

    /** A call without a body, as the customer, that must answer the status. */
    public HttpResponse<byte[]> call(String method, String path, String token, int status) {
        HttpResponse<byte[]> response = api.call(method, path, "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        return response;
    }

    public HttpResponse<byte[]> place(String token, String key, String body) {
        return api.json("POST", "/api/v1/orders", body, "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    /** Places an order under a fresh idempotency key. */
    public HttpResponse<byte[]> place(String token, String body) {
        return place(token, key(), body);
    }

    /** Places an order that must be taken; answers its uid. */
    public String placed(String token, String key, String body) {
        HttpResponse<byte[]> placed = place(token, key, body);
        assertThat(placed.statusCode()).as(text(placed)).isEqualTo(201);
        return json(placed).get("uid").asText();
    }

    /** Places an order that must be taken, under a fresh idempotency key; answers its uid. */
    public String placed(String token, String body) {
        return placed(token, key(), body);
    }

    /** A fresh idempotency key. */
    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** An order of one line, delivered to Main street 1. */
    public static String orderBody(int item, int quantity, String method) {
        return """
                {"items": [{"menuItemId": %s, "quantity": %s}], "deliveryAddress": "Main street 1",
                 "paymentMethod": "%s"}""".formatted(item, quantity, method);
    }

    /** An order of one line with the address and comment as given (JSON escapes and all). */
    public static String orderBody(int item, int quantity, String method, String address, String comment) {
        return """
                {"items": [{"menuItemId": %s, "quantity": %s}], "deliveryAddress": "%s", "paymentMethod": "%s",
                 "comment": "%s"}""".formatted(item, quantity, address, method, comment);
    }
}
