package com.fooddelivery.customer.adapter.http;

import io.javalin.security.RouteRole;

/** Who may call a route; routes without a role are public. */
public enum Access implements RouteRole {
    /** A signed-in customer with a valid bearer token. */
    CUSTOMER,
    /** Other services of the company, proving themselves with {@code X-Service-Key}. */
    SERVICE
}
