package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.payment.BankDetails;
import com.fooddelivery.customer.adapter.payment.Merchant;
import com.fooddelivery.customer.adapter.payment.QrFormat;
import com.fooddelivery.customer.adapter.payment.StripeAccount;
import com.fooddelivery.customer.domain.payment.PaymentTimeout;
import java.time.Duration;
import java.util.Optional;

/**
 * How orders are paid.
 *
 * @param timeout        how long a prepaid order waits for its money ({@code PAYMENT_TIMEOUT}, default PT30M)
 * @param sweepInterval  how often each instance looks for such orders ({@code PAYMENT_SWEEP_INTERVAL}, default PT30S)
 * @param callbackSecret the shared secret of signed payment callbacks ({@code PAYMENT_CALLBACK_SECRET}, at least
 *                       16 characters; unset refuses every callback)
 * @param cardProcessor  which card processor charges cards ({@code CARD_PROCESSOR}: {@code sandbox}, the default,
 *                       or {@code stripe})
 * @param stripe         with {@code stripe}, the account ({@code STRIPE_API_KEY}, required; {@code STRIPE_API_BASE},
 *                       default https://api.stripe.com; {@code STRIPE_CONNECT_TIMEOUT} PT5S; {@code STRIPE_READ_TIMEOUT}
 *                       PT30S)
 * @param stripeWebhookSecret the signing secret of Stripe's webhook endpoint ({@code STRIPE_WEBHOOK_SECRET}, at least
 *                       16 characters; required with {@code stripe}, and unset refuses every Stripe webhook)
 * @param merchant       who QR payments pay ({@code MERCHANT_NAME}, {@code MERCHANT_CITY}, {@code MERCHANT_COUNTRY},
 *                       {@code MERCHANT_ACCOUNT}, {@code MERCHANT_NETWORK_ID}, {@code MERCHANT_CATEGORY_CODE})
 * @param qrFormat       the QR payload standard ({@code QR_FORMAT}: {@code EMVCO}, {@code EPC} for CURRENCY=EUR, or
 *                       {@code GOST} for CURRENCY=RUB)
 * @param bankDetails    with {@code GOST}, the merchant's bank ({@code MERCHANT_BANK_NAME}, {@code MERCHANT_BIC},
 *                       {@code MERCHANT_CORRESPONDENT_ACCOUNT}, all required; {@code MERCHANT_INN} optional)
 * @param cardReturnUrl  the app's page the processor sends the customer back to after 3-D Secure
 *                       ({@code CARD_RETURN_URL}, an http(s) URL; {@code payment_reference=…} is added). Unset, the
 *                       sandbox shows its own page afterwards and Stripe declines cards that need 3-D Secure
 */
public record PaymentSettings(
        PaymentTimeout timeout,
        Duration sweepInterval,
        Optional<String> callbackSecret,
        String cardProcessor,
        Optional<StripeAccount> stripe,
        Optional<String> stripeWebhookSecret,
        Merchant merchant,
        QrFormat qrFormat,
        Optional<BankDetails> bankDetails,
        Optional<String> cardReturnUrl) {

    /** Everything but the secrets and the API key, which never reach a log. */
    @Override
    public String toString() {
        return "PaymentSettings[timeout=" + timeout.value() + ", sweepInterval=" + sweepInterval
                + ", callbackSecret=" + (callbackSecret.isPresent() ? "(set)" : "(unset)") + ", cardProcessor="
                + cardProcessor + ", stripe="
                + stripe.map(StripeAccount::toString).orElse("(unused)")
                + ", stripeWebhookSecret=" + (stripeWebhookSecret.isPresent() ? "(set)" : "(unset)")
                + ", merchant=" + merchant + ", qrFormat=" + qrFormat + ", bankDetails=" + bankDetails
                + ", cardReturnUrl=" + cardReturnUrl.orElse("(unset)") + "]";
    }
}
