package com.fooddelivery.customer.domain.payment;

import java.time.Instant;

/** Reads the callbacks banks and processors send about payments, trusting only what is signed. */
public interface PaymentNoticeVerifier {

    /**
     * The notice in a callback body, once its signature proves it comes from {@code provider}.
     *
     * @param provider  who claims to have sent it (the callback's path segment)
     * @param signature the signature header as sent, e.g. {@code t=1700000000,v1=ab12…}
     * @param body      the body exactly as received: the signature covers these bytes
     * @return the notice, proven to come from {@code provider}
     * @throws CallbackRejectedException when the provider is unknown, the signature is wrong or missing, or
     *                                   the timestamp is too far from {@code now}
     * @throws com.fooddelivery.customer.domain.shared.ValidationException when a signed body is not a notice
     */
    PaymentNotice verify(String provider, String signature, byte[] body, Instant now);
}
