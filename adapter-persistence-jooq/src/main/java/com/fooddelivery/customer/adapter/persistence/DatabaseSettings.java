package com.fooddelivery.customer.adapter.persistence;

import java.util.Objects;

/**
 * Where the PostgreSQL database is and how many connections to keep to it.
 *
 * @param jdbcUrl     e.g. {@code jdbc:postgresql://db:5432/customer}
 * @param user        the login role
 * @param password    its password; never logged
 * @param maxPoolSize the most connections this instance opens
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
