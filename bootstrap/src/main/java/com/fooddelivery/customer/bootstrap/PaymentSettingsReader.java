package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.payment.BankDetails;
import com.fooddelivery.customer.adapter.payment.Merchant;
import com.fooddelivery.customer.adapter.payment.QrFormat;
import com.fooddelivery.customer.adapter.payment.StripeAccount;
import com.fooddelivery.customer.domain.payment.PaymentTimeout;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How orders are paid: the wait for money, callbacks, the card processor, and the merchant behind QR codes. */
final class PaymentSettingsReader {

    static final List<String> NAMES = List.of(
            "PAYMENT_TIMEOUT",
            "PAYMENT_SWEEP_INTERVAL",
            "PAYMENT_CALLBACK_SECRET",
            "CARD_PROCESSOR",
            "CARD_RETURN_URL",
            "STRIPE_API_KEY",
            "STRIPE_API_BASE",
            "STRIPE_CONNECT_TIMEOUT",
            "STRIPE_READ_TIMEOUT",
            "STRIPE_WEBHOOK_SECRET",
            "QR_FORMAT",
            "MERCHANT_NAME",
            "MERCHANT_CITY",
            "MERCHANT_COUNTRY",
            "MERCHANT_ACCOUNT",
            "MERCHANT_NETWORK_ID",
            "MERCHANT_CATEGORY_CODE",
            "MERCHANT_BANK_NAME",
            "MERCHANT_BIC",
            "MERCHANT_CORRESPONDENT_ACCOUNT",
            "MERCHANT_INN");

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private PaymentSettingsReader() {}

    static PaymentSettings payments(RawSettings env, Currency currency) {
        Duration timeout = env.atLeast("PAYMENT_TIMEOUT", ONE_SECOND, PaymentTimeout.DEFAULT.value(), ONE_DAY);
        Duration sweep = env.atLeast("PAYMENT_SWEEP_INTERVAL", ONE_SECOND, Duration.ofSeconds(30), ONE_DAY);
        Optional<String> secret = env.text("PAYMENT_CALLBACK_SECRET");
        if (secret.isPresent() && secret.get().length() < 16) {
            // Never echo the secret.
            throw new ConfigurationException("PAYMENT_CALLBACK_SECRET must be at least 16 characters");
        }
        String processor = env.text("CARD_PROCESSOR", "sandbox").toLowerCase(Locale.ROOT);
        Optional<StripeAccount> stripe = switch (processor) {
            case "sandbox" -> Optional.empty();
            case "stripe" -> Optional.of(stripeAccount(env));
            default ->
                throw new ConfigurationException("CARD_PROCESSOR must be sandbox or stripe, got '" + processor + "'");
        };
        Optional<String> webhookSecret = env.text("STRIPE_WEBHOOK_SECRET");
        if (webhookSecret.isPresent() && webhookSecret.get().length() < 16) {
            throw new ConfigurationException("STRIPE_WEBHOOK_SECRET must be at least 16 characters (Stripe's whsec_…)");
        }
        if (stripe.isPresent() && webhookSecret.isEmpty()) {
            // Stripe's webhooks settle what a lost answer left open; without them a hold made for an
            // order cancelled meanwhile would wait out its week at the customer's bank.
            throw new ConfigurationException("STRIPE_WEBHOOK_SECRET is required when CARD_PROCESSOR is stripe");
        }
        QrFormat qrFormat = qrFormat(env, currency);
        Merchant merchant = merchant(env);
        Optional<BankDetails> bank = qrFormat == QrFormat.GOST ? Optional.of(bankDetails(env)) : Optional.empty();
        if (qrFormat == QrFormat.GOST) {
            checkGostMerchant(merchant);
        }
        return new PaymentSettings(
                new PaymentTimeout(timeout),
                sweep,
                secret,
                processor,
                stripe,
                webhookSecret,
                merchant,
                qrFormat,
                bank,
                cardReturnUrl(env));
    }

    private static QrFormat qrFormat(RawSettings env, Currency currency) {
        String format = env.text("QR_FORMAT", "EMVCO").toUpperCase(Locale.ROOT);
        QrFormat qrFormat;
        try {
            qrFormat = QrFormat.valueOf(format);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("QR_FORMAT must be EMVCO, EPC or GOST, got '" + format + "'");
        }
        // The static bank-details formats transfer one currency each; the service's must be it.
        String needed = qrFormat == QrFormat.EPC ? "EUR" : qrFormat == QrFormat.GOST ? "RUB" : null;
        if (needed != null && !currency.getCurrencyCode().equals(needed)) {
            throw new ConfigurationException(
                    "QR_FORMAT " + qrFormat + " needs CURRENCY " + needed + ", got " + currency.getCurrencyCode());
        }
        return qrFormat;
    }

    /** Who QR payments pay. */
    private static Merchant merchant(RawSettings env) {
        try {
            return new Merchant(
                    env.text("MERCHANT_NAME", "Food Delivery"),
                    env.text("MERCHANT_CITY", "Berlin"),
                    env.text("MERCHANT_COUNTRY", "DE"),
                    env.text("MERCHANT_ACCOUNT", "DE89370400440532013000"),
                    env.text("MERCHANT_NETWORK_ID", "com.fooddelivery.pay"),
                    env.text("MERCHANT_CATEGORY_CODE", "5814"));
        } catch (Merchant.InvalidDetail wrong) {
            throw new ConfigurationException("MERCHANT_" + wrong.field() + " " + wrong.getMessage());
        }
    }

    /** A GOST payload carries a 20-digit settlement account and uses '|' between its fields. */
    private static void checkGostMerchant(Merchant merchant) {
        if (!merchant.accountId().matches("[0-9]{20}")) {
            throw new ConfigurationException(
                    "MERCHANT_ACCOUNT must be a 20-digit settlement account for QR_FORMAT GOST, got '"
                            + merchant.accountId() + "'");
        }
        if (merchant.name().contains("|")) {
            throw new ConfigurationException("MERCHANT_NAME must not contain '|' for QR_FORMAT GOST");
        }
    }

    private static Optional<String> cardReturnUrl(RawSettings env) {
        Optional<String> url = env.text("CARD_RETURN_URL");
        if (url.isPresent() && !url.get().matches("https?://[^\\s#]+")) {
            throw new ConfigurationException("CARD_RETURN_URL must be an http(s) URL without a fragment, like "
                    + "https://app.example.com/payments/returned, got '" + url.get() + "'");
        }
        return url;
    }

    private static BankDetails bankDetails(RawSettings env) {
        String name = env.required("MERCHANT_BANK_NAME", "QR_FORMAT is GOST");
        String bic = env.required("MERCHANT_BIC", "QR_FORMAT is GOST");
        String correspondent = env.required("MERCHANT_CORRESPONDENT_ACCOUNT", "QR_FORMAT is GOST");
        Optional<String> inn = env.text("MERCHANT_INN");
        if (!bic.matches("[0-9]{9}")) {
            throw new ConfigurationException("MERCHANT_BIC must be 9 digits, got '" + bic + "'");
        }
        if (!correspondent.matches("[0-9]{20}")) {
            throw new ConfigurationException(
                    "MERCHANT_CORRESPONDENT_ACCOUNT must be 20 digits, got '" + correspondent + "'");
        }
        if (inn.isPresent() && !inn.get().matches("[0-9]{10}|[0-9]{12}")) {
            throw new ConfigurationException("MERCHANT_INN must be 10 or 12 digits, got '" + inn.get() + "'");
        }
        try {
            return new BankDetails(name, bic, correspondent, inn);
        } catch (IllegalArgumentException wrong) {
            throw new ConfigurationException("MERCHANT_BANK_NAME must be 1 to 45 characters without '|'");
        }
    }

    private static StripeAccount stripeAccount(RawSettings env) {
        // Never echo the key: this line goes to the operator's terminal and logs.
        String key = env.required("STRIPE_API_KEY", "CARD_PROCESSOR is stripe");
        if (!key.matches("(sk|rk)_(test|live)_[A-Za-z0-9]{8,}")) {
            throw new ConfigurationException(
                    "STRIPE_API_KEY must be a secret or restricted key (sk_test_…, sk_live_…, rk_…)");
        }
        String base = env.text("STRIPE_API_BASE", StripeAccount.DEFAULT_API_BASE.toString());
        URI apiBase;
        try {
            apiBase = new URI(base);
        } catch (URISyntaxException notAUri) {
            apiBase = null;
        }
        if (apiBase == null
                || !("https".equals(apiBase.getScheme()) || "http".equals(apiBase.getScheme()))
                || apiBase.getHost() == null
                || apiBase.getRawUserInfo() != null
                || apiBase.getRawQuery() != null) {
            throw new ConfigurationException(
                    "STRIPE_API_BASE must be an http(s) URL like https://api.stripe.com, got '" + base + "'");
        }
        return new StripeAccount(
                key,
                apiBase,
                env.positive("STRIPE_CONNECT_TIMEOUT", Duration.ofSeconds(5), Duration.ofMinutes(1)),
                env.positive("STRIPE_READ_TIMEOUT", Duration.ofSeconds(30), Duration.ofMinutes(2)));
    }
}
