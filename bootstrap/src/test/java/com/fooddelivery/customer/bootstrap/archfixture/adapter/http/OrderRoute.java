package com.fooddelivery.customer.bootstrap.archfixture.adapter.http;

import com.fooddelivery.customer.bootstrap.archfixture.adapter.persistence.OrderTable;
import com.fooddelivery.customer.bootstrap.archfixture.bootstrap.Wiring;

/** Deliberately wrong: an adapter reaching into another adapter and into the composition root. */
public class OrderRoute {

    OrderTable table;
    Wiring wiring;
}
