package com.example.embedding;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.shared.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Random device tokens, remembered by their SHA-256 digest only, so the map holds no usable token. */
public final class MapDeviceTokens implements DeviceTokens {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, CustomerId> byDigest = new ConcurrentHashMap<>();

    @Override
    public String issue(CustomerId customer) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byDigest.put(digest(token), customer);
        return token;
    }

    @Override
    public Optional<String> throttleKey(String token, CustomerId customer) {
        String digest = digest(token);
        return customer.equals(byDigest.get(digest)) ? Optional.of("device:" + digest) : Optional.empty();
    }

    private static String digest(String token) {
        return Sha256.hex(token);
    }
}
