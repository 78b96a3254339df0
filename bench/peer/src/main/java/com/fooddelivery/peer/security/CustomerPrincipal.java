package com.fooddelivery.peer.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** The attributes the introspector puts on a customer's principal, and how controllers read them. */
public final class CustomerPrincipal {

    static final String CUSTOMER_ID = "customer_id";
    static final String SESSION_ID = "session_id";

    private CustomerPrincipal() {
    }

    public static int customerId(OAuth2AuthenticatedPrincipal principal) {
        Integer id = principal.getAttribute(CUSTOMER_ID);
        return id;
    }
}
