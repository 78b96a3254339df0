package com.fooddelivery.customer.bootstrap;

import java.util.List;
import java.util.Optional;

/**
 * How password guessing and floods are slowed.
 *
 * @param deviceTokenSecret  signs the device tokens of customers' devices ({@code DEVICE_TOKEN_SECRET}, at least
 *                           32 characters, the same on every instance; unset signs with a random secret per start)
 * @param signInPerMinute    sign-in requests per client per minute ({@code RATE_LIMIT_SIGN_IN}, default 20)
 * @param accountChangesPerHour sign-ups and profile changes per client per hour ({@code RATE_LIMIT_ACCOUNT_CHANGES},
 *                           default 30)
 * @param callbacksPerMinute payment callbacks per client per minute ({@code RATE_LIMIT_PAYMENT_CALLBACKS}, default 600)
 * @param trustedProxies     proxies whose {@code X-Forwarded-For} names the client ({@code TRUSTED_PROXIES},
 *                           comma-separated IP addresses; default none)
 * @param hashQueuePerCore   password hashes that may wait per core before more get 503 ({@code PASSWORD_HASH_QUEUE},
 *                           default 4)
 * @param hashMemoryKib      memory of each new Argon2id hash in KiB ({@code PASSWORD_HASH_MEMORY}, default 19456)
 * @param hashIterations     passes of each new Argon2id hash ({@code PASSWORD_HASH_ITERATIONS}, default 2)
 */
public record AbuseSettings(
        Optional<String> deviceTokenSecret,
        int signInPerMinute,
        int accountChangesPerHour,
        int callbacksPerMinute,
        List<String> trustedProxies,
        int hashQueuePerCore,
        int hashMemoryKib,
        int hashIterations) {

    public AbuseSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** Everything but the secret, which never reaches a log. */
    @Override
    public String toString() {
        return "AbuseSettings[deviceTokenSecret=" + (deviceTokenSecret.isPresent() ? "(set)" : "(unset)")
                + ", signInPerMinute=" + signInPerMinute + ", accountChangesPerHour=" + accountChangesPerHour
                + ", callbacksPerMinute=" + callbacksPerMinute + ", trustedProxies=" + trustedProxies
                + ", hashQueuePerCore=" + hashQueuePerCore + ", hashMemoryKib=" + hashMemoryKib
                + ", hashIterations=" + hashIterations + "]";
    }
}
