package com.fooddelivery.customer.domain.payment;

import java.time.Instant;

/** Reads the callbacks banks and processors send about payments, trusting only what is signed. */
public interface PaymentNoticeVerifier {

    /**
     * The notice in a callback body (exactly as received: the signature covers these bytes), once its
     * signature proves it comes from {@code provider}.
     *
     * @throws CallbackRejectedException for an unknown provider, a wrong or missing signature, or a stale timestamp
     * @throws com.fooddelivery.customer.domain.shared.ValidationException when a signed body is not a notice
     */
    PaymentNotice verify(String provider, String signature, byte[] body, Instant now);
}
