package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.adapter.http.BodyLimits;
import com.fooddelivery.customer.adapter.payment.QrFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aSessionLifetimeFromAMinuteIsTaken() {
        assertThat(Settings.from(Map.of("SESSION_LIFETIME", "PT1M")).sessions().lifetime())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(Settings.from(Map.of()).sessions().lifetime()).isEqualTo(Duration.ofDays(30));
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
        Settings settings = Settings.from(Map.of(
                "LOG_FORMAT",
                "JSON",
                "HTTP_MAX_THREADS",
                "64",
                "SHUTDOWN_GRACE",
                "PT30S",
                "CORS_ORIGINS",
                "https://app.example.com, http://localhost:3000",
                "MENU_MAX_AGE",
                "PT0S"));

        assertThat(settings.logFormat()).isEqualTo(Settings.LogFormat.JSON);
        assertThat(settings.httpMaxThreads()).isEqualTo(64);
        assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.menuMaxAge()).isZero();
        assertThat(settings.corsOrigins()).containsExactly("https://app.example.com", "http://localhost:3000");
    }

    @Test
    void requestBodyLimitsAreReadAsGivenAndDefaultSensibly() {
        Settings settings = Settings.from(
                Map.of("HTTP_BODY_TIMEOUT", "PT45S", "HTTP_MIN_BODY_RATE", "4096", "HTTP_MAX_BODIES_PER_CLIENT", "8"));

        assertThat(settings.bodyLimits()).isEqualTo(new BodyLimits(Duration.ofSeconds(45), 4096, 8));
        assertThat(Settings.from(Map.of()).bodyLimits()).isEqualTo(new BodyLimits(Duration.ofSeconds(30), 1024, 32));
        assertRefused(Map.of("HTTP_BODY_TIMEOUT", "PT11M"), "HTTP_BODY_TIMEOUT");
        assertRefused(Map.of("HTTP_MIN_BODY_RATE", "fast"), "HTTP_MIN_BODY_RATE");
        assertRefused(Map.of("HTTP_MAX_BODIES_PER_CLIENT", "-1"), "HTTP_MAX_BODIES_PER_CLIENT");
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
        Settings settings = Settings.from(Map.of(
                "SERVICE_KEYS",
                " kitchen-key-0123456789 ,courier-key-0123456789",
                "MAX_PRICE",
                "250.5",
                "MAX_PICTURE_BYTES",
                "1024"));

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
        Settings settings = Settings.from(Map.of(
                "DB_URL",
                "jdbc:postgresql://db:5432/customer",
                "DB_USER",
                "app",
                "DB_PASSWORD",
                "s3cret",
                "DB_POOL_SIZE",
                "7"));

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

    @Test
    void aMaxPriceAtWhichTheLargestOrderCouldNotBeKeptIsRefused() {
        assertThat(Settings.from(Map.of("MAX_PRICE", "2020202.02")).maxPrice()).isEqualByComparingTo("2020202.02");
        assertRefused(Map.of("MAX_PRICE", "2020202.03"), "MAX_PRICE");
        assertRefused(Map.of("MAX_PRICE", "9999999999.99"), "MAX_PRICE");
        assertThatThrownBy(() -> Settings.load(Map.of("MAX_PRICE", "5000000")))
                .hasMessage("MAX_PRICE must be a price "
                        + "above 0 and at most 2020202.02 (so that 50 lines of 99 cost at most 9999999999.99) with at most two "
                        + "decimals, got '5000000'");
    }

    private static void assertRefused(Map<String, String> env, String setting) {
        assertThatThrownBy(() -> Settings.load(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(setting)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    void paymentsDefaultToTheSandboxAnEmvcoQrAndHalfAnHour() {
        PaymentSettings payments = Settings.from(Map.of()).payments();

        assertThat(payments.timeout().value()).isEqualTo(Duration.ofMinutes(30));
        assertThat(payments.cardProcessor()).isEqualTo("sandbox");
        assertThat(payments.qrFormat()).isEqualTo(QrFormat.EMVCO);
        assertThat(payments.callbackSecret()).isEmpty();
        assertThat(payments.merchant().city()).isEqualTo("Berlin");
    }

    @Test
    void theCallbackSecretIsReadButNeverShown() {
        Settings settings = Settings.from(Map.of(
                "PAYMENT_CALLBACK_SECRET",
                "bank-secret-0123456789",
                "PAYMENT_TIMEOUT",
                "PT10M",
                "QR_FORMAT",
                "epc",
                "MERCHANT_NAME",
                "Pizza Place"));

        assertThat(settings.payments().callbackSecret()).contains("bank-secret-0123456789");
        assertThat(settings.toString()).doesNotContain("bank-secret").contains("Pizza Place");
        assertThat(settings.payments().timeout().value()).isEqualTo(Duration.ofMinutes(10));
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
        assertRefused(Map.of("MERCHANT_CITY", "Berlin-Charlottenburg-Wilmersdorf"), "MERCHANT_CITY");
    }

    @Test
    void stripeIsChosenWithItsKeyAndDefaultsAndNeverShowsTheKeyOrSecret() {
        PaymentSettings payments = Settings.from(Map.of(
                        "CARD_PROCESSOR",
                        "Stripe",
                        "STRIPE_API_KEY",
                        "sk_test_51Qabcdefghijklmnop",
                        "STRIPE_WEBHOOK_SECRET",
                        "whsec_0123456789abcdef"))
                .payments();

        assertThat(payments.cardProcessor()).isEqualTo("stripe");
        assertThat(payments.stripe()).hasValueSatisfying(account -> {
            assertThat(account.apiKey()).isEqualTo("sk_test_51Qabcdefghijklmnop");
            assertThat(account.apiBase()).hasToString("https://api.stripe.com");
            assertThat(account.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(account.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        });
        assertThat(payments.stripeWebhookSecret()).contains("whsec_0123456789abcdef");
        assertThat(payments.toString()).doesNotContain("sk_test_51Q").doesNotContain("whsec_0123");
        assertThat(Settings.from(Map.of(
                                "CARD_PROCESSOR",
                                "stripe",
                                "STRIPE_API_KEY",
                                "rk_live_0123456789",
                                "STRIPE_WEBHOOK_SECRET",
                                "whsec_0123456789abcdef",
                                "STRIPE_API_BASE",
                                "http://127.0.0.1:12111",
                                "STRIPE_READ_TIMEOUT",
                                "PT2S"))
                        .payments()
                        .stripe())
                .hasValueSatisfying(account -> {
                    assertThat(account.apiBase()).hasToString("http://127.0.0.1:12111");
                    assertThat(account.readTimeout()).isEqualTo(Duration.ofSeconds(2));
                });
        assertThat(Settings.from(Map.of()).payments().stripe()).isEmpty();
    }

    @Test
    void wrongStripeSettingsStopTheStartWithoutEchoingTheKey() {
        assertRefused(Map.of("CARD_PROCESSOR", "stripe"), "STRIPE_API_KEY");
        assertRefused(Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "pk_test_publishable123"), "STRIPE_API_KEY");
        assertThatThrownBy(() ->
                        Settings.from(Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "pk_test_publishable123")))
                .hasMessageNotContaining("pk_test_publishable123");
        Map<String, String> stripe = Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "sk_test_0123456789");
        assertRefused(stripe, "STRIPE_WEBHOOK_SECRET");
        assertRefused(with(stripe, "STRIPE_API_BASE", "ftp://api.stripe.com"), "STRIPE_API_BASE");
        assertRefused(with(stripe, "STRIPE_API_BASE", "not a url"), "STRIPE_API_BASE");
        assertRefused(with(stripe, "STRIPE_READ_TIMEOUT", "PT0S"), "STRIPE_READ_TIMEOUT");
        assertRefused(with(stripe, "STRIPE_CONNECT_TIMEOUT", "PT5M"), "STRIPE_CONNECT_TIMEOUT");
        assertRefused(Map.of("STRIPE_WEBHOOK_SECRET", "whsec_short"), "STRIPE_WEBHOOK_SECRET");
    }

    @Test
    void aGostQrCodeTakesTheRussianBankDetailsAndRoubles() {
        PaymentSettings payments = Settings.from(gost()).payments();

        assertThat(payments.qrFormat()).isEqualTo(QrFormat.GOST);
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
        Map<String, String> noBank = new HashMap<>(gost());
        noBank.remove("MERCHANT_BANK_NAME");
        assertRefused(noBank, "MERCHANT_BANK_NAME");
    }

    /** For each setting, a value (with what it depends on) that must be refused, naming that setting. */
    private static Map<String, Map<String, String>> wrongValues() {
        Map<String, String> stripe = Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "sk_test_0123456789");
        Map<String, Map<String, String>> wrong = new TreeMap<>();
        wrong.put("CONFIG_FILE", Map.of("CONFIG_FILE", "/no/such/customerbackend.properties"));
        wrong.put("PORT", Map.of("PORT", "-1"));
        wrong.put("DB_URL", Map.of("DB_URL", "jdbc:mysql://db/x", "DB_USER", "app"));
        wrong.put("DB_USER", Map.of("DB_URL", "jdbc:postgresql://db/x"));
        wrong.put("DB_POOL_SIZE", Map.of("DB_POOL_SIZE", "501"));
        wrong.put("DATA_DIR", Map.of("DATA_DIR", "data\0dir"));
        wrong.put("CURRENCY", Map.of("CURRENCY", "XXX1"));
        wrong.put("DEMO_MENU", Map.of("DEMO_MENU", "maybe"));
        wrong.put("SESSION_LIFETIME", Map.of("SESSION_LIFETIME", "PT10S"));
        wrong.put("SERVICE_KEYS", Map.of("SERVICE_KEYS", "short"));
        wrong.put("MAX_PRICE", Map.of("MAX_PRICE", "-5"));
        wrong.put("MAX_PICTURE_BYTES", Map.of("MAX_PICTURE_BYTES", "lots"));
        wrong.put("ESTIMATE_COOKING", Map.of("ESTIMATE_COOKING", "20 minutes"));
        wrong.put("ESTIMATE_PER_QUEUED_ORDER", Map.of("ESTIMATE_PER_QUEUED_ORDER", "-PT2M"));
        wrong.put("ESTIMATE_MAX_QUEUE_DELAY", Map.of("ESTIMATE_MAX_QUEUE_DELAY", "P2D"));
        wrong.put("ESTIMATE_DELIVERY", Map.of("ESTIMATE_DELIVERY", "PT25"));
        wrong.put("LOG_FORMAT", Map.of("LOG_FORMAT", "yaml"));
        wrong.put("CORS_ORIGINS", Map.of("CORS_ORIGINS", "https://app.example.com,"));
        wrong.put("HTTP_MAX_THREADS", Map.of("HTTP_MAX_THREADS", "1000000"));
        wrong.put("SHUTDOWN_GRACE", Map.of("SHUTDOWN_GRACE", "PT10M"));
        wrong.put("HTTP_BODY_TIMEOUT", Map.of("HTTP_BODY_TIMEOUT", "PT0.5S"));
        wrong.put("HTTP_MIN_BODY_RATE", Map.of("HTTP_MIN_BODY_RATE", "0"));
        wrong.put("HTTP_MAX_BODIES_PER_CLIENT", Map.of("HTTP_MAX_BODIES_PER_CLIENT", "0"));
        wrong.put("MAX_STREAMS", Map.of("MAX_STREAMS", "0"));
        wrong.put("MENU_MAX_AGE", Map.of("MENU_MAX_AGE", "soon"));
        wrong.put("PAYMENT_TIMEOUT", Map.of("PAYMENT_TIMEOUT", "PT0.5S"));
        wrong.put("PAYMENT_SWEEP_INTERVAL", Map.of("PAYMENT_SWEEP_INTERVAL", "PT0S"));
        wrong.put("PAYMENT_CALLBACK_SECRET", Map.of("PAYMENT_CALLBACK_SECRET", "fifteen-chars!!"));
        wrong.put("CARD_PROCESSOR", Map.of("CARD_PROCESSOR", "adyen"));
        wrong.put("CARD_RETURN_URL", Map.of("CARD_RETURN_URL", "app://payments/returned"));
        wrong.put("STRIPE_API_KEY", Map.of("CARD_PROCESSOR", "stripe", "STRIPE_API_KEY", "sk_test_short"));
        wrong.put("STRIPE_API_BASE", with(stripe, "STRIPE_API_BASE", "https://user:pw@api.stripe.com"));
        wrong.put("STRIPE_CONNECT_TIMEOUT", with(stripe, "STRIPE_CONNECT_TIMEOUT", "PT0S"));
        wrong.put("STRIPE_READ_TIMEOUT", with(stripe, "STRIPE_READ_TIMEOUT", "PT3M"));
        wrong.put("STRIPE_WEBHOOK_SECRET", Map.of("STRIPE_WEBHOOK_SECRET", "whsec_1"));
        wrong.put("QR_FORMAT", Map.of("QR_FORMAT", "bezahlcode"));
        wrong.put("MERCHANT_NAME", Map.of("MERCHANT_NAME", "A name far longer than twenty-five characters"));
        wrong.put("MERCHANT_CITY", Map.of("MERCHANT_CITY", "Köln"));
        wrong.put("MERCHANT_COUNTRY", Map.of("MERCHANT_COUNTRY", "de"));
        wrong.put("MERCHANT_ACCOUNT", Map.of("MERCHANT_ACCOUNT", "x".repeat(100)));
        wrong.put("MERCHANT_NETWORK_ID", Map.of("MERCHANT_NETWORK_ID", "n".repeat(33)));
        wrong.put("MERCHANT_CATEGORY_CODE", Map.of("MERCHANT_CATEGORY_CODE", "58140"));
        wrong.put("MERCHANT_BANK_NAME", with(gost(), "MERCHANT_BANK_NAME", "Bank|Name"));
        wrong.put("MERCHANT_BIC", with(gost(), "MERCHANT_BIC", "BIC"));
        wrong.put(
                "MERCHANT_CORRESPONDENT_ACCOUNT",
                with(gost(), "MERCHANT_CORRESPONDENT_ACCOUNT", "3010181040000000022X"));
        wrong.put("MERCHANT_INN", with(gost(), "MERCHANT_INN", "12345678901"));
        wrong.put("DEVICE_TOKEN_SECRET", Map.of("DEVICE_TOKEN_SECRET", "too short to sign device tokens"));
        wrong.put("RATE_LIMIT_SIGN_IN", Map.of("RATE_LIMIT_SIGN_IN", "0"));
        wrong.put("RATE_LIMIT_ACCOUNT_CHANGES", Map.of("RATE_LIMIT_ACCOUNT_CHANGES", "many"));
        wrong.put("RATE_LIMIT_PAYMENT_CALLBACKS", Map.of("RATE_LIMIT_PAYMENT_CALLBACKS", "-1"));
        wrong.put("TRUSTED_PROXIES", Map.of("TRUSTED_PROXIES", "proxy.example.com"));
        wrong.put("PASSWORD_HASH_QUEUE", Map.of("PASSWORD_HASH_QUEUE", "-1"));
        wrong.put("PASSWORD_HASH_MEMORY", Map.of("PASSWORD_HASH_MEMORY", "4"));
        wrong.put("PASSWORD_HASH_ITERATIONS", Map.of("PASSWORD_HASH_ITERATIONS", "0"));
        Map<String, String> sasl = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka:9092",
                "KAFKA_SECURITY_PROTOCOL",
                "SASL_SSL",
                "KAFKA_SASL_MECHANISM",
                "SCRAM-SHA-512");
        wrong.put("EVENTS_RETENTION", Map.of("EVENTS_RETENTION", "PT10S"));
        wrong.put("KAFKA_BOOTSTRAP_SERVERS", Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka"));
        wrong.put("KAFKA_SECURITY_PROTOCOL", Map.of("KAFKA_SECURITY_PROTOCOL", "TLS"));
        wrong.put("KAFKA_SASL_MECHANISM", with(sasl, "KAFKA_SASL_MECHANISM", "GSSAPI"));
        wrong.put("KAFKA_SASL_USERNAME", with(sasl, "KAFKA_SASL_PASSWORD", "kafka-secret-0123"));
        wrong.put("KAFKA_SASL_PASSWORD", with(sasl, "KAFKA_SASL_USERNAME", "customerbackend"));
        wrong.put("KAFKA_TOPIC_ORDERS", Map.of("KAFKA_TOPIC_ORDERS", "orders topic"));
        wrong.put("KAFKA_TOPIC_ACCOUNTS", Map.of("KAFKA_TOPIC_ACCOUNTS", "accounts/v1"));
        Map<String, String> smtp = Map.of("SMTP_HOST", "smtp.example.com", "SMTP_FROM", "orders@shop.example");
        wrong.put("SMTP_HOST", with(smtp, "SMTP_HOST", "smtp example com"));
        wrong.put("SMTP_PORT", with(smtp, "SMTP_PORT", "0"));
        wrong.put("SMTP_USERNAME", with(smtp, "SMTP_USERNAME", "shop\r\nRCPT TO:<x@evil.example>"));
        wrong.put("SMTP_PASSWORD", with(smtp, "SMTP_USERNAME", "shop"));
        wrong.put("SMTP_FROM", Map.of("SMTP_HOST", "smtp.example.com"));
        wrong.put("SMTP_STARTTLS", with(smtp, "SMTP_STARTTLS", "maybe"));
        return wrong;
    }

    @Test
    void kafkaIsOffUntilItsServersAreSetAndItsPasswordNeverShows() {
        assertThat(Settings.from(Map.of()).events().kafka()).isEmpty();
        assertThat(Settings.from(Map.of()).events().retention()).isEqualTo(Duration.ofDays(7));

        Settings settings = Settings.from(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                "kafka-1:9093,kafka-2:9093",
                "KAFKA_SECURITY_PROTOCOL",
                "SASL_SSL",
                "KAFKA_SASL_MECHANISM",
                "SCRAM-SHA-512",
                "KAFKA_SASL_USERNAME",
                "customerbackend",
                "KAFKA_SASL_PASSWORD",
                "kafka-secret-0123",
                "EVENTS_RETENTION",
                "P30D"));

        assertThat(settings.events().retention()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.events().kafka()).hasValueSatisfying(kafka -> {
            assertThat(kafka.bootstrapServers()).isEqualTo("kafka-1:9093,kafka-2:9093");
            assertThat(kafka.ordersTopic()).isEqualTo("customer.orders.v1");
            assertThat(kafka.accountsTopic()).isEqualTo("customer.accounts.v1");
            assertThat(kafka.saslPassword()).contains("kafka-secret-0123");
        });
        assertThat(settings.toString()).doesNotContain("kafka-secret-0123").contains("saslPassword=(set)");
    }

    @Test
    void mailIsOffUntilItsHostIsSetAndItsPasswordNeverShows() {
        assertThat(Settings.from(Map.of()).mail()).isEmpty();

        Settings settings = Settings.from(Map.of(
                "SMTP_HOST",
                "smtp.example.com",
                "SMTP_USERNAME",
                "shop",
                "SMTP_PASSWORD",
                "smtp-secret-0123",
                "SMTP_FROM",
                "orders@shop.example"));

        assertThat(settings.mail()).hasValueSatisfying(mail -> {
            assertThat(mail.port()).isEqualTo(587);
            assertThat(mail.startTls()).isTrue();
            assertThat(mail.password()).contains("smtp-secret-0123");
        });
        assertThat(settings.toString()).doesNotContain("smtp-secret-0123");
        assertThatThrownBy(() -> Settings.from(Map.of(
                        "SMTP_HOST",
                        "smtp.example.com",
                        "SMTP_FROM",
                        "not-an-address",
                        "SMTP_USERNAME",
                        "shop",
                        "SMTP_PASSWORD",
                        "smtp-secret-0123")))
                .hasMessageNotContaining("smtp-secret-0123");
    }

    @Test
    void everySettingButThePasswordHasAWrongValueThatStopsTheStartNamingIt() {
        Map<String, Map<String, String>> wrong = wrongValues();

        assertThat(wrong.keySet())
                .as("every setting is checked here, except DB_PASSWORD, which may be anything")
                .containsExactlyInAnyOrderElementsOf(Settings.NAMES.stream()
                        .filter(name -> !name.equals("DB_PASSWORD"))
                        .toList());
        wrong.forEach((setting, env) -> assertThatThrownBy(() -> Settings.load(env))
                .as(setting)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(setting + " ")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n")));
    }

    @Test
    void everyNameTheSettingsReadIsAKnownSetting() {
        Set<String> read = new TreeSet<>();
        for (Map<String, String> env : List.of(
                Map.<String, String>of(),
                gost(),
                Map.of(
                        "CARD_PROCESSOR",
                        "stripe",
                        "STRIPE_API_KEY",
                        "sk_test_0123456789",
                        "STRIPE_WEBHOOK_SECRET",
                        "whsec_0123456789abcdef"),
                Map.of("DB_URL", "jdbc:postgresql://db/x", "DB_USER", "app"))) {
            Settings.from(new HashMap<>(env) {
                @Override
                public String get(Object key) {
                    read.add((String) key);
                    return super.get(key);
                }

                @Override
                public String getOrDefault(Object key, String fallback) {
                    read.add((String) key);
                    return super.getOrDefault(key, fallback);
                }
            });
        }

        assertThat(Settings.NAMES).containsAll(read);
        assertThat(read)
                .as("every setting but the file itself is read")
                .containsAll(Settings.NAMES.stream()
                        .filter(name -> !name.equals("CONFIG_FILE"))
                        .toList());
    }

    @Test
    void everySettingIsDocumentedInConfigurationMdAndNothingElseIsCalledOne() throws IOException {
        Path doc = Path.of("..", "docs", "configuration.md");
        Set<String> documented = new TreeSet<>();
        Matcher rows = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|").matcher(Files.readString(doc));
        while (rows.find()) {
            documented.add(rows.group(1));
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(Settings.NAMES);
    }

    @Test
    void aConfigFileSetsWhatTheEnvironmentLeavesUnset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("customerbackend.properties");
        Files.writeString(file, """
                # shared by every instance
                PORT = 9090
                CURRENCY=USD
                PAYMENT_CALLBACK_SECRET=bank-secret-from-the-file
                MERCHANT_NAME=Pizza Place
                """);

        Settings settings =
                Settings.load(Map.of("CONFIG_FILE", file.toString(), "CURRENCY", "GBP", "MERCHANT_NAME", " "));

        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.currency().getCurrencyCode())
                .as("the environment wins")
                .isEqualTo("GBP");
        assertThat(settings.payments().merchant().name())
                .as("a blank variable is unset")
                .isEqualTo("Pizza Place");
        assertThat(settings.payments().callbackSecret()).contains("bank-secret-from-the-file");
    }

    @Test
    void aConfigFileThatCannotBeReadOrNamesNoSettingStopsTheStart(@TempDir Path dir) throws IOException {
        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "DB_PASWORD=s3cret-value\n");
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "PORT=\\u12\n");

        assertRefused(Map.of("CONFIG_FILE", dir.resolve("missing.properties").toString()), "CONFIG_FILE");
        assertRefused(Map.of("CONFIG_FILE", dir.toString()), "CONFIG_FILE");
        assertRefused(Map.of("CONFIG_FILE", broken.toString()), "CONFIG_FILE");
        assertThatThrownBy(() -> Settings.load(Map.of("CONFIG_FILE", typo.toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("CONFIG_FILE")
                .hasMessageContaining("DB_PASWORD")
                .hasMessageNotContaining("s3cret-value");
    }

    @Test
    void aWrongValueInTheConfigFileIsNamedLikeOneInTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("customerbackend.properties");
        Files.writeString(file, "SHUTDOWN_GRACE=ten seconds\n");

        assertThatThrownBy(() -> Settings.load(Map.of("CONFIG_FILE", file.toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("SHUTDOWN_GRACE ");
    }

    private static Map<String, String> gost() {
        return Map.of(
                "QR_FORMAT",
                "gost",
                "CURRENCY",
                "RUB",
                "MERCHANT_ACCOUNT",
                "40702810900000012345",
                "MERCHANT_COUNTRY",
                "RU",
                "MERCHANT_CITY",
                "Moscow",
                "MERCHANT_BANK_NAME",
                "PAO Sberbank",
                "MERCHANT_BIC",
                "044525225",
                "MERCHANT_CORRESPONDENT_ACCOUNT",
                "30101810400000000225");
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    @Test
    void abuseLimitsDefaultToWhatConfigurationMdSaysAndTheSecretNeverShows() {
        AbuseSettings defaults = Settings.from(Map.of()).abuse();
        AbuseSettings set = Settings.from(Map.of(
                        "DEVICE_TOKEN_SECRET",
                        "a device token secret of 32 chars!",
                        "TRUSTED_PROXIES",
                        "10.0.0.5, ::1",
                        "RATE_LIMIT_SIGN_IN",
                        "7",
                        "PASSWORD_HASH_MEMORY",
                        "1024",
                        "PASSWORD_HASH_ITERATIONS",
                        "1"))
                .abuse();

        assertThat(defaults).isEqualTo(new AbuseSettings(Optional.empty(), 20, 30, 600, List.of(), 4, 19 * 1024, 2));
        assertThat(set.trustedProxies()).containsExactly("10.0.0.5", "::1");
        assertThat(set.signInPerMinute()).isEqualTo(7);
        assertThat(set.hashMemoryKib()).isEqualTo(1024);
        assertThat(set.hashIterations()).isEqualTo(1);
        assertThat(set.toString()).contains("(set)").doesNotContain("a device token secret");
    }
}
