/**
 * Accounts, credentials and the sign-in throttle. Ports: {@code CustomerRepository}, {@code SignInAttempts},
 * {@code DeviceTokens} (jOOQ) and {@code PasswordHasher} (Argon2id in the persistence adapter).
 */
package com.fooddelivery.customer.domain.customer;
