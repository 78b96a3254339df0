package com.fooddelivery.customer.bootstrap.archfixture.domain;

import com.fooddelivery.customer.bootstrap.archfixture.adapter.http.OrderRoute;
import org.jooq.DSLContext;

/** Deliberately wrong: a domain class that knows jOOQ and an adapter. */
public class LeakyOrder {

    DSLContext dsl;
    OrderRoute route;
}
