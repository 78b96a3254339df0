package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device tokens as OWASP's "device cookies" are made: {@code customerId.nonce.HMAC-SHA256(customerId.nonce)}.
 * Signed rather than stored: nothing to look up or clean up, and every instance that shares the secret
 * accepts them. A token only moves an attempt to its own throttle; the password is still checked.
 */
public final class HmacDeviceTokens implements DeviceTokens {

    /** Fewest bytes of secret accepted: the HMAC-SHA256 key size. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final String MAC = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param secret the server's signing secret, at least {@value #MIN_SECRET_BYTES} bytes, never logged */
    public HmacDeviceTokens(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("a device token secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), MAC);
    }

    /**
     * Signs with a random secret of this process: tokens then hold until a restart and on this instance only.
     *
     * @return device tokens with a fresh secret
     */
    public static HmacDeviceTokens withRandomSecret() {
        byte[] secret = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return new HmacDeviceTokens(secret);
    }

    @Override
    public String issue(CustomerId customer) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = customer.value() + "." + BASE64.encodeToString(nonce);
        return payload + "." + BASE64.encodeToString(sign(payload));
    }

    @Override
    public Optional<String> throttleKey(String token, CustomerId customer) {
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0 || token.length() > 200) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(payload), presented) || !payload.startsWith(customer.value() + ".")) {
            return Optional.empty();
        }
        return Optional.of("device:" + Sha256.hex(payload));
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }

    @Override
    public String toString() {
        return "HmacDeviceTokens[secret=redacted]";
    }
}
