package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.HealthProbe;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;

/** Readiness from the persistence adapter, handed to the HTTP adapter, which may not know it. */
final class DatabaseHealth implements HealthProbe {

    private final PostgresPersistence persistence;

    DatabaseHealth(PostgresPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public boolean databaseUp() {
        return persistence.isReachable();
    }

    @Override
    public boolean schemaCurrent() {
        return persistence.isSchemaCurrent();
    }
}
