package com.fooddelivery.customer.adapter.http;

import io.javalin.security.RouteRole;

/** Who may call a route; routes without a role are public. */
public enum Access implements RouteRole {
    /** Other services of the company, proving themselves with {@code X-Service-Key}. */
    SERVICE
}
