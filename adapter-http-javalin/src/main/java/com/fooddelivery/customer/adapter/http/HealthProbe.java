package com.fooddelivery.customer.adapter.http;

/** Tells whether the service's database answers right now; supplied by whoever wires the service. */
@FunctionalInterface
public interface HealthProbe {

    /** True when the database answers. */
    boolean databaseUp();
}
