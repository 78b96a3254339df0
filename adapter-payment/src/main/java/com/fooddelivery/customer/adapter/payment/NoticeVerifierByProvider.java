package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Hands each callback to the verifier of the provider named in its path ({@code bank},
 * {@code stripe}, …), so one use case serves every sender and each keeps its own secret and format.
 */
public final class NoticeVerifierByProvider implements PaymentNoticeVerifier {

    private final Map<String, PaymentNoticeVerifier> byProvider;

    /** @param byProvider each provider's name in the path and its verifier */
    public NoticeVerifierByProvider(Map<String, PaymentNoticeVerifier> byProvider) {
        this.byProvider = Map.copyOf(Objects.requireNonNull(byProvider, "byProvider"));
    }

    @Override
    public PaymentNotice verify(String provider, String signature, byte[] body, Instant now) {
        PaymentNoticeVerifier verifier = provider == null ? null : byProvider.get(provider);
        if (verifier == null) {
            throw new CallbackRejectedException("unknown payment provider");
        }
        return verifier.verify(provider, signature, body, now);
    }
}
