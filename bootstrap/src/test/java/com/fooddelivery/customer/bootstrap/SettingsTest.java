package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void withNothingSetItRunsEmbeddedOnPort8080InEuros() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.database()).isEmpty();
        assertThat(settings.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(settings.demoMenu()).isTrue();
        assertThat(settings.serviceKeys().size()).isZero();
        assertThat(settings.maxPrice()).isEqualByComparingTo("10000.00");
        assertThat(settings.maxPictureBytes()).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void operationsDefaultToTextLogsNoCorsOriginAndATenSecondGrace() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.logFormat()).isEqualTo(Settings.LogFormat.TEXT);
        assertThat(settings.corsOrigins()).isEmpty();
        assertThat(settings.httpMaxThreads()).isEqualTo(200);
        assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.menuMaxAge()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void operationsSettingsAreReadAsGiven() {
        Settings settings = Settings.from(Map.of("LOG_FORMAT", "JSON", "HTTP_MAX_THREADS", "64",
                "SHUTDOWN_GRACE", "PT30S", "CORS_ORIGINS", "https://app.example.com, http://localhost:3000",
                "MENU_MAX_AGE", "PT0S"));

        assertThat(settings.logFormat()).isEqualTo(Settings.LogFormat.JSON);
        assertThat(settings.httpMaxThreads()).isEqualTo(64);
        assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.menuMaxAge()).isZero();
        assertThat(settings.corsOrigins()).containsExactly("https://app.example.com", "http://localhost:3000");
    }

    @Test
    void aWrongOperationsSettingIsNamedInOneLine() {
        assertRefused(Map.of("LOG_FORMAT", "xml"), "LOG_FORMAT");
        assertRefused(Map.of("HTTP_MAX_THREADS", "4"), "HTTP_MAX_THREADS");
        assertRefused(Map.of("SHUTDOWN_GRACE", "10"), "SHUTDOWN_GRACE");
        assertRefused(Map.of("SHUTDOWN_GRACE", "PT1H"), "SHUTDOWN_GRACE");
        assertRefused(Map.of("MENU_MAX_AGE", "-PT1S"), "MENU_MAX_AGE");
        assertRefused(Map.of("MENU_MAX_AGE", "PT2H"), "MENU_MAX_AGE");
        assertRefused(Map.of("CORS_ORIGINS", "*"), "CORS_ORIGINS");
        assertRefused(Map.of("CORS_ORIGINS", "https://app.example.com/path"), "CORS_ORIGINS");
        assertRefused(Map.of("CORS_ORIGINS", "app.example.com"), "CORS_ORIGINS");
        assertRefused(Map.of("CORS_ORIGINS", "https://app.example.com,,https://b.example.com"), "CORS_ORIGINS");
    }

    @Test
    void serviceKeysAreReadButNeverShown() {
        Settings settings = Settings.from(Map.of("SERVICE_KEYS", " kitchen-key-0123456789 ,courier-key-0123456789",
                "MAX_PRICE", "250.5", "MAX_PICTURE_BYTES", "1024"));

        assertThat(settings.serviceKeys().size()).isEqualTo(2);
        assertThat(settings.toString()).doesNotContain("kitchen-key", "courier-key");
        assertThat(settings.maxPrice()).isEqualTo(new BigDecimal("250.50"));
        assertThat(settings.maxPictureBytes()).isEqualTo(1024);
    }

    @Test
    void aShortOrEmptyServiceKeyStopsTheStartWithoutShowingIt() {
        assertRefused(Map.of("SERVICE_KEYS", "kitchen-key-0123456789,tiny-k3y"), "SERVICE_KEYS");
        assertRefused(Map.of("SERVICE_KEYS", "kitchen-key-0123456789,,courier-key-0123456789"), "SERVICE_KEYS");
        assertThatThrownBy(() -> Settings.from(Map.of("SERVICE_KEYS", "kitchen-key-0123456789,tiny-k3y")))
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("tiny-k3y", "kitchen-key"));
    }

    @Test
    void anExternalDatabaseNeedsUrlAndUser() {
        Settings settings = Settings.from(Map.of("DB_URL", "jdbc:postgresql://db:5432/customer", "DB_USER", "app",
                "DB_PASSWORD", "s3cret", "DB_POOL_SIZE", "7"));

        assertThat(settings.database()).hasValueSatisfying(database -> {
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/customer");
            assertThat(database.maxPoolSize()).isEqualTo(7);
            assertThat(database.toString()).doesNotContain("s3cret");
        });
    }

    @Test
    void eachWrongSettingIsNamedInOneLine() {
        assertRefused(Map.of("PORT", "eighty"), "PORT");
        assertRefused(Map.of("PORT", "70000"), "PORT");
        assertRefused(Map.of("DB_URL", "mysql://db"), "DB_URL");
        assertRefused(Map.of("DB_URL", "jdbc:postgresql://db/x"), "DB_USER");
        assertRefused(Map.of("DB_USER", "app"), "DB_URL");
        assertRefused(Map.of("CURRENCY", "EURO"), "CURRENCY");
        assertRefused(Map.of("CURRENCY", "JPY"), "CURRENCY");
        assertRefused(Map.of("DEMO_MENU", "perhaps"), "DEMO_MENU");
        assertRefused(Map.of("DB_POOL_SIZE", "0"), "DB_POOL_SIZE");
        assertRefused(Map.of("MAX_PRICE", "0"), "MAX_PRICE");
        assertRefused(Map.of("MAX_PRICE", "9.999"), "MAX_PRICE");
        assertRefused(Map.of("MAX_PRICE", "1e20"), "MAX_PRICE");
        assertRefused(Map.of("MAX_PRICE", "lots"), "MAX_PRICE");
        assertRefused(Map.of("MAX_PICTURE_BYTES", "0"), "MAX_PICTURE_BYTES");
    }

    private static void assertRefused(Map<String, String> env, String setting) {
        assertThatThrownBy(() -> Settings.from(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(setting)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    void paymentsDefaultToTheSandboxAnEmvcoQrAndHalfAnHour() {
        Settings.PaymentSettings payments = Settings.from(Map.of()).payments();

        assertThat(payments.timeout().value()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(payments.cardProcessor()).isEqualTo("sandbox");
        assertThat(payments.qrFormat()).isEqualTo(com.fooddelivery.customer.adapter.payment.QrFormat.EMVCO);
        assertThat(payments.callbackSecret()).isEmpty();
        assertThat(payments.merchant().city()).isEqualTo("Berlin");
    }

    @Test
    void theCallbackSecretIsReadButNeverShown() {
        Settings settings = Settings.from(Map.of("PAYMENT_CALLBACK_SECRET", "bank-secret-0123456789",
                "PAYMENT_TIMEOUT", "PT10M", "QR_FORMAT", "epc", "MERCHANT_NAME", "Pizza Place"));

        assertThat(settings.payments().callbackSecret()).contains("bank-secret-0123456789");
        assertThat(settings.toString()).doesNotContain("bank-secret").contains("Pizza Place");
        assertThat(settings.payments().timeout().value()).isEqualTo(java.time.Duration.ofMinutes(10));
    }

    @Test
    void wrongPaymentSettingsStopTheStartNamingTheSetting() {
        assertRefused(Map.of("PAYMENT_CALLBACK_SECRET", "short"), "PAYMENT_CALLBACK_SECRET");
        assertThatThrownBy(() -> Settings.from(Map.of("PAYMENT_CALLBACK_SECRET", "short-secret")))
                .hasMessageNotContaining("short-secret");
        assertRefused(Map.of("PAYMENT_TIMEOUT", "PT0S"), "PAYMENT_TIMEOUT");
        assertRefused(Map.of("PAYMENT_TIMEOUT", "half an hour"), "PAYMENT_TIMEOUT");
        assertRefused(Map.of("CARD_PROCESSOR", "paypal"), "CARD_PROCESSOR");
        assertRefused(Map.of("QR_FORMAT", "PDF417"), "QR_FORMAT");
        assertRefused(Map.of("MERCHANT_CITY", "Berlin-Charlottenburg-Wilmersdorf"), "MERCHANT_");
    }

    @Test
    void stripeIsChosenWithItsKeyAndDefaultsAndNeverShowsTheKeyOrSecret() {
        Settings.PaymentSettings payments = Settings.from(Map.of("CARD_PROCESSOR", "Stripe",
                "STRIPE_API_KEY", "sk_test_51Qabcdefghijklmnop", "STRIPE_WEBHOOK_SECRET", "whsec_0123456789abcdef")).payments();

        assertThat(payments.cardProcessor()).isEqualTo("stripe");
        assertThat(payments.stripe()).hasValueSatisfying(account -> {
            assertThat(account.apiKey()).isEqualTo("sk_test_51Qabcdefghijklmnop");
            assertThat(account.apiBase()).hasToString("https://api.stripe.com");
            assertThat(account.connectTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
            assertThat(account.readTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        });
        assertThat(payments.stripeWebhookSecret()).contains("whsec_0123456789abcdef");
        assertThat(payments.toString()).doesNotContain("sk_test_51Q").doesNotContain("whsec_0123");
        assertThat(Settings.from(Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "rk_live_0123456789",
                "STRIPE_API_BASE", "http://127.0.0.1:12111", "STRIPE_READ_TIMEOUT", "PT2S")).payments().stripe())
                .hasValueSatisfying(account -> {
                    assertThat(account.apiBase()).hasToString("http://127.0.0.1:12111");
                    assertThat(account.readTimeout()).isEqualTo(java.time.Duration.ofSeconds(2));
                });
        assertThat(Settings.from(Map.of()).payments().stripe()).isEmpty();
    }

    @Test
    void wrongStripeSettingsStopTheStartWithoutEchoingTheKey() {
        assertRefused(Map.of("CARD_PROCESSOR", "stripe"), "STRIPE_API_KEY");
        assertRefused(Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "pk_test_publishable123"), "STRIPE_API_KEY");
        assertThatThrownBy(() -> Settings.from(Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "pk_test_publishable123")))
                .hasMessageNotContaining("pk_test_publishable123");
        Map<String, String> stripe = Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "sk_test_0123456789");
        assertRefused(with(stripe, "STRIPE_API_BASE", "ftp://api.stripe.com"), "STRIPE_API_BASE");
        assertRefused(with(stripe, "STRIPE_API_BASE", "not a url"), "STRIPE_API_BASE");
        assertRefused(with(stripe, "STRIPE_READ_TIMEOUT", "PT0S"), "STRIPE_READ_TIMEOUT");
        assertRefused(with(stripe, "STRIPE_CONNECT_TIMEOUT", "PT5M"), "STRIPE_CONNECT_TIMEOUT");
        assertRefused(Map.of("STRIPE_WEBHOOK_SECRET", "whsec_short"), "STRIPE_WEBHOOK_SECRET");
    }

    @Test
    void aGostQrCodeTakesTheRussianBankDetailsAndRoubles() {
        Settings.PaymentSettings payments = Settings.from(gost()).payments();

        assertThat(payments.qrFormat()).isEqualTo(com.fooddelivery.customer.adapter.payment.QrFormat.GOST);
        assertThat(payments.bankDetails()).hasValueSatisfying(bank -> {
            assertThat(bank.bic()).isEqualTo("044525225");
            assertThat(bank.correspondentAccount()).isEqualTo("30101810400000000225");
            assertThat(bank.taxId()).isEmpty();
        });
        assertThat(Settings.from(Map.of()).payments().bankDetails()).isEmpty();
    }

    @Test
    void aGostQrCodeWithoutRoublesOrTheBankOrA20DigitAccountStopsTheStart() {
        assertRefused(with(gost(), "CURRENCY", "EUR"), "QR_FORMAT");
        assertRefused(Map.of("QR_FORMAT", "epc", "CURRENCY", "USD"), "QR_FORMAT");
        assertRefused(with(gost(), "MERCHANT_ACCOUNT", "DE89370400440532013000"), "MERCHANT_ACCOUNT");
        assertRefused(with(gost(), "MERCHANT_BIC", "04452522"), "MERCHANT_BIC");
        assertRefused(with(gost(), "MERCHANT_CORRESPONDENT_ACCOUNT", "301018104"), "MERCHANT_CORRESPONDENT_ACCOUNT");
        assertRefused(with(gost(), "MERCHANT_INN", "77"), "MERCHANT_INN");
        assertRefused(with(gost(), "MERCHANT_NAME", "A|B"), "MERCHANT_NAME");
        Map<String, String> noBank = new java.util.HashMap<>(gost());
        noBank.remove("MERCHANT_BANK_NAME");
        assertRefused(noBank, "MERCHANT_BANK_NAME");
    }

    private static Map<String, String> gost() {
        return Map.of("QR_FORMAT", "gost", "CURRENCY", "RUB", "MERCHANT_ACCOUNT", "40702810900000012345",
                "MERCHANT_COUNTRY", "RU", "MERCHANT_CITY", "Moscow", "MERCHANT_BANK_NAME", "PAO Sberbank",
                "MERCHANT_BIC", "044525225", "MERCHANT_CORRESPONDENT_ACCOUNT", "30101810400000000225");
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return copy;
    }
}
