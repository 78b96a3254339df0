package com.fooddelivery.customer.adapter.http;

/** Tells what the service's readiness depends on; supplied by whoever wires the service. */
public interface HealthProbe {

    /** True when the database answers right now. */
    boolean databaseUp();

    /** True when the database schema has every migration this build expects. */
    boolean schemaCurrent();
}
