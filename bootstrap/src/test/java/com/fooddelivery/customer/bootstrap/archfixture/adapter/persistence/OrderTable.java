package com.fooddelivery.customer.bootstrap.archfixture.adapter.persistence;

/** A harmless adapter class for the fixture's bad neighbours to point at. */
public class OrderTable {
}
