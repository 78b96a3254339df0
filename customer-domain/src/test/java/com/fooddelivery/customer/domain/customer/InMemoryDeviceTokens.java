package com.fooddelivery.customer.domain.customer;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Device tokens kept in memory: random tokens remembered with their customer. */
public final class InMemoryDeviceTokens implements DeviceTokens {

    private final Map<String, CustomerId> issued = new ConcurrentHashMap<>();

    @Override
    public String issue(CustomerId customer) {
        String token = UUID.randomUUID().toString();
        issued.put(token, customer);
        return token;
    }

    @Override
    public Optional<String> throttleKey(String token, CustomerId customer) {
        return customer.equals(issued.get(token)) ? Optional.of("device:" + token.hashCode()) : Optional.empty();
    }
}
