package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.ChallengePages;
import com.fooddelivery.customer.adapter.payment.BankNoticeVerifier;
import com.fooddelivery.customer.adapter.payment.NoticeVerifierByProvider;
import com.fooddelivery.customer.adapter.payment.QrCodeBankIssuer;
import com.fooddelivery.customer.adapter.payment.SandboxCardProcessor;
import com.fooddelivery.customer.adapter.payment.SandboxChallenges;
import com.fooddelivery.customer.adapter.payment.StripeCardProcessor;
import com.fooddelivery.customer.adapter.payment.StripeWebhooks;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment adapters the settings choose: Stripe when an account is configured, otherwise the sandbox
 * with its 3-D Secure challenge pages; the bank QR issuer (which checks its merchant now and draws with
 * ZXing only when a code is first asked for); and the callback verifiers of both providers.
 *
 * @param cards      charges cards
 * @param challenges the sandbox's challenge pages, which the HTTP adapter serves; empty with Stripe
 * @param bankQr     issues bank-app QR codes
 * @param callbacks  verifies the banks' and processors' signed callbacks
 */
record PaymentAdapters(
        CardProcessor cards,
        Optional<SandboxChallenges> challenges,
        BankQrIssuer bankQr,
        PaymentNoticeVerifier callbacks) {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentAdapters.class);

    /** @throws IllegalArgumentException when the QR format needs merchant or bank details the settings lack */
    static PaymentAdapters choose(Settings settings, Clock clock) {
        PaymentSettings paying = settings.payments();
        Optional<SandboxChallenges> challenges = paying.stripe().isPresent()
                ? Optional.empty()
                : Optional.of(new SandboxChallenges(paying.cardReturnUrl()));
        CardProcessor cards = paying.stripe()
                .<CardProcessor>map(account -> new StripeCardProcessor(account, paying.cardReturnUrl()))
                .orElseGet(() -> new SandboxCardProcessor(clock, challenges.orElseThrow()));
        LOG.info("Cards are charged by the {} processor", paying.cardProcessor());
        return new PaymentAdapters(
                cards,
                challenges,
                new QrCodeBankIssuer(paying.merchant(), paying.qrFormat(), paying.bankDetails()),
                new NoticeVerifierByProvider(Map.of(
                        BankNoticeVerifier.PROVIDER, new BankNoticeVerifier(paying.callbackSecret()),
                        StripeWebhooks.PROVIDER, new StripeWebhooks(paying.stripeWebhookSecret()))));
    }

    /** The sandbox's challenge pages as the HTTP adapter serves them, or none with a processor that has its own. */
    ChallengePages challengePages() {
        return challenges.map(PaymentAdapters::served).orElseGet(ChallengePages::none);
    }

    private static ChallengePages served(SandboxChallenges challenges) {
        if (!ChallengePages.PATH.equals(SandboxChallenges.PATH)) {
            throw new IllegalStateException(
                    "the sandbox's challenge URLs must point where the HTTP adapter serves them");
        }
        return new ChallengePages() {
            @Override
            public Optional<String> page(String id) {
                return challenges.page(id);
            }

            @Override
            public Optional<String> decide(String id, boolean complete) {
                return challenges.decide(id, complete);
            }
        };
    }
}
