package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.BodyLimits;
import com.fooddelivery.customer.adapter.messaging.KafkaSettings;
import com.fooddelivery.customer.adapter.http.Operations;
import com.fooddelivery.customer.adapter.http.ServiceKeys;
import com.fooddelivery.customer.adapter.payment.BankDetails;
import com.fooddelivery.customer.adapter.payment.Merchant;
import com.fooddelivery.customer.adapter.payment.QrFormat;
import com.fooddelivery.customer.adapter.payment.StripeAccount;
import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.payment.PaymentTimeout;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service's configuration, read from environment variables (and an optional properties file, see
 * {@link #load}) and checked before anything starts.
 *
 * @param port        HTTP port ({@code PORT}, default 8080; 0 picks a free one)
 * @param database    an external PostgreSQL ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), or
 *                    empty to run the embedded one
 * @param poolSize    connections to keep ({@code DB_POOL_SIZE}, default 10)
 * @param dataDir     where the embedded PostgreSQL keeps its files ({@code DATA_DIR}, default {@code ./data})
 * @param currency    the one currency of all prices ({@code CURRENCY}, ISO 4217, default EUR)
 * @param demoMenu    whether to load the demo menu into an empty embedded database ({@code DEMO_MENU},
 *                    default true; never loaded into an external database)
 * @param sessions    how long a sign-in lasts ({@code SESSION_LIFETIME}, ISO-8601 like {@code P30D} or
 *                    {@code PT8H}, default 30 days)
 * @param serviceKeys the keys other services present in {@code X-Service-Key} ({@code SERVICE_KEYS},
 *                    comma-separated, each at least 16 characters; unset refuses every service request)
 * @param maxPrice    the most one menu item may cost ({@code MAX_PRICE}, default 10000.00)
 * @param maxPictureBytes the largest picture the kitchen may upload ({@code MAX_PICTURE_BYTES}, default 2 MiB)
 * @param estimates   the estimate model ({@code ESTIMATE_COOKING} PT20M, {@code ESTIMATE_PER_QUEUED_ORDER} PT2M,
 *                    {@code ESTIMATE_MAX_QUEUE_DELAY} PT60M, {@code ESTIMATE_DELIVERY} PT25M)
 * @param logFormat   how log lines are written ({@code LOG_FORMAT}, {@code text} or {@code json}, default text)
 * @param corsOrigins origins whose pages may call the API from a browser ({@code CORS_ORIGINS}, comma-separated
 *                    like {@code https://app.example.com}; default none)
 * @param httpMaxThreads the most request threads ({@code HTTP_MAX_THREADS}, default 200)
 * @param shutdownGrace how long a stop lets requests in flight finish ({@code SHUTDOWN_GRACE}, ISO-8601,
 *                    default PT10S)
 * @param menuMaxAge  how old a menu list shown to a browsing customer may be ({@code MENU_MAX_AGE}, ISO-8601,
 *                    default PT1S; PT0S reads the database on every request)
 * @param payments    how orders are paid: see {@link PaymentSettings}
 * @param bodyLimits  how request bodies must arrive ({@code HTTP_BODY_TIMEOUT}, ISO-8601, default PT30S;
 *                    {@code HTTP_MIN_BODY_RATE} in bytes a second, default 1024; {@code HTTP_MAX_BODIES_PER_CLIENT},
 *                    default 32)
 * @param abuse       how password guessing and floods are slowed: see {@link AbuseSettings}
 * @param events      the event log: see {@link EventSettings}
 * @param maxStreams  the most live order streams one instance holds open ({@code MAX_STREAMS}, default 2000)
 * @param mail        the mail server order reports are sent through, when {@code SMTP_HOST} is set: see
 *                    {@link MailSettings}
 */
public record Settings(int port, Optional<DatabaseSettings> database, int poolSize, Path dataDir, Currency currency,
                       boolean demoMenu, SessionPolicy sessions, ServiceKeys serviceKeys, BigDecimal maxPrice,
                       int maxPictureBytes, EstimatePolicy estimates, LogFormat logFormat, List<String> corsOrigins, int httpMaxThreads,
                       Duration shutdownGrace, Duration menuMaxAge, PaymentSettings payments, BodyLimits bodyLimits,
                       AbuseSettings abuse, EventSettings events, int maxStreams,
                       Optional<MailSettings> mail) {

    /**
     * The SMTP server order reports are mailed through.
     *
     * @param host     its host ({@code SMTP_HOST})
     * @param port     its port ({@code SMTP_PORT}, default 587)
     * @param username the account, when it wants one ({@code SMTP_USERNAME})
     * @param password the account's password ({@code SMTP_PASSWORD}, required with a username; never logged)
     * @param from     the sender's address ({@code SMTP_FROM})
     * @param startTls whether the connection must be upgraded with STARTTLS before anything is sent
     *                 ({@code SMTP_STARTTLS}, default true)
     */
    public record MailSettings(String host, int port, Optional<String> username, Optional<String> password,
                               String from, boolean startTls) {

        /** Everything but the password, which never reaches a log. */
        @Override
        public String toString() {
            return "MailSettings[host=" + host + ", port=" + port + ", username=" + username.orElse("") + ", from="
                    + from + ", startTls=" + startTls + "]";
        }
    }

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
     */
    public record AbuseSettings(Optional<String> deviceTokenSecret, int signInPerMinute, int accountChangesPerHour,
                                int callbacksPerMinute, List<String> trustedProxies, int hashQueuePerCore) {

        public AbuseSettings {
            trustedProxies = List.copyOf(trustedProxies);
        }

        /** Everything but the secret, which never reaches a log. */
        @Override
        public String toString() {
            return "AbuseSettings[deviceTokenSecret=" + (deviceTokenSecret.isPresent() ? "(set)" : "(unset)")
                    + ", signInPerMinute=" + signInPerMinute + ", accountChangesPerHour=" + accountChangesPerHour
                    + ", callbacksPerMinute=" + callbacksPerMinute + ", trustedProxies=" + trustedProxies
                    + ", hashQueuePerCore=" + hashQueuePerCore + "]";
        }
    }

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
    public record PaymentSettings(PaymentTimeout timeout, Duration sweepInterval, Optional<String> callbackSecret,
                                  String cardProcessor, Optional<StripeAccount> stripe,
                                  Optional<String> stripeWebhookSecret, Merchant merchant, QrFormat qrFormat,
                                  Optional<BankDetails> bankDetails, Optional<String> cardReturnUrl) {

        /** Everything but the secrets and the API key, which never reach a log. */
        @Override
        public String toString() {
            return "PaymentSettings[timeout=" + timeout.value() + ", sweepInterval=" + sweepInterval
                    + ", callbackSecret=" + (callbackSecret.isPresent() ? "(set)" : "(unset)") + ", cardProcessor="
                    + cardProcessor + ", stripe=" + stripe.map(StripeAccount::toString).orElse("(unused)")
                    + ", stripeWebhookSecret=" + (stripeWebhookSecret.isPresent() ? "(set)" : "(unset)")
                    + ", merchant=" + merchant + ", qrFormat=" + qrFormat + ", bankDetails=" + bankDetails
                    + ", cardReturnUrl=" + cardReturnUrl.orElse("(unset)") + "]";
        }
    }

    /**
     * The event log and its broker.
     *
     * @param retention how long events are kept ({@code EVENTS_RETENTION}, ISO-8601, default P7D; with Kafka, counted
     *                  once published)
     * @param kafka     the broker the log is relayed to, when {@code KAFKA_BOOTSTRAP_SERVERS} is set
     *                  ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_USERNAME},
     *                  {@code KAFKA_SASL_PASSWORD}, {@code KAFKA_TOPIC_ORDERS}, {@code KAFKA_TOPIC_ACCOUNTS})
     */
    public record EventSettings(Duration retention, Optional<KafkaSettings> kafka) {
    }

    /** How log lines are written: for people reading a terminal, or for a log collector. */
    public enum LogFormat { TEXT, JSON }

    public Settings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    private static final int DEFAULT_PICTURE_BYTES = 2 * 1024 * 1024;
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(5);

    /** Every setting's name: what the environment and a {@code CONFIG_FILE} may set. */
    static final Set<String> NAMES = Set.of("CONFIG_FILE", "PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "DB_POOL_SIZE",
            "DATA_DIR", "CURRENCY", "DEMO_MENU", "SESSION_LIFETIME", "SERVICE_KEYS", "MAX_PRICE", "MAX_PICTURE_BYTES",
            "ESTIMATE_COOKING", "ESTIMATE_PER_QUEUED_ORDER", "ESTIMATE_MAX_QUEUE_DELAY", "ESTIMATE_DELIVERY",
            "LOG_FORMAT", "CORS_ORIGINS", "HTTP_MAX_THREADS", "SHUTDOWN_GRACE", "MENU_MAX_AGE",
            "HTTP_BODY_TIMEOUT", "HTTP_MIN_BODY_RATE", "HTTP_MAX_BODIES_PER_CLIENT", "MAX_STREAMS",
            "PAYMENT_TIMEOUT", "PAYMENT_SWEEP_INTERVAL", "PAYMENT_CALLBACK_SECRET", "CARD_PROCESSOR", "CARD_RETURN_URL",
            "STRIPE_API_KEY", "STRIPE_API_BASE", "STRIPE_CONNECT_TIMEOUT", "STRIPE_READ_TIMEOUT", "STRIPE_WEBHOOK_SECRET",
            "QR_FORMAT", "MERCHANT_NAME", "MERCHANT_CITY", "MERCHANT_COUNTRY", "MERCHANT_ACCOUNT", "MERCHANT_NETWORK_ID",
            "MERCHANT_CATEGORY_CODE", "MERCHANT_BANK_NAME", "MERCHANT_BIC", "MERCHANT_CORRESPONDENT_ACCOUNT",
            "MERCHANT_INN", "DEVICE_TOKEN_SECRET", "RATE_LIMIT_SIGN_IN", "RATE_LIMIT_ACCOUNT_CHANGES",
            "RATE_LIMIT_PAYMENT_CALLBACKS", "TRUSTED_PROXIES", "PASSWORD_HASH_QUEUE",
            "EVENTS_RETENTION", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD", "KAFKA_TOPIC_ORDERS",
            "KAFKA_TOPIC_ACCOUNTS", "SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD", "SMTP_FROM",
            "SMTP_STARTTLS");

    /**
     * Reads the settings from the environment and, when {@code CONFIG_FILE} names one, from a Java
     * properties file with the same names. A value set in the environment wins over the file's, so a
     * deployment can change one setting of a shared file. A file that cannot be read, or that names
     * something that is no setting (most likely a typo that would otherwise be ignored), stops the start.
     */
    public static Settings load(Map<String, String> env) {
        String file = blankToNull(env.get("CONFIG_FILE"));
        if (file == null) {
            return from(env);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            // IllegalArgumentException: a path the file system cannot hold, or a malformed unicode escape in the file.
            throw new ConfigurationException("CONFIG_FILE '" + file + "' cannot be read ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
        Map<String, String> merged = new HashMap<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (!NAMES.contains(name) || name.equals("CONFIG_FILE")) {
                throw new ConfigurationException("CONFIG_FILE '" + file + "' sets '" + name + "', which is no setting");
            }
            merged.put(name, properties.getProperty(name));
        }
        env.forEach((name, value) -> {
            if (!value.isBlank()) {
                merged.put(name, value);
            }
        });
        return from(merged);
    }

    /** Reads and checks every setting; the first wrong one stops the start. */
    public static Settings from(Map<String, String> env) {
        int poolSize = integer(env, "DB_POOL_SIZE", 10, 1, 500);
        return new Settings(
                integer(env, "PORT", 8080, 0, 65_535),
                externalDatabase(env, poolSize),
                poolSize,
                dataDir(env),
                currency(env),
                bool(env, "DEMO_MENU", true),
                sessionPolicy(env),
                serviceKeys(env),
                maxPrice(env),
                integer(env, "MAX_PICTURE_BYTES", DEFAULT_PICTURE_BYTES, 1, 64 * 1024 * 1024),
                new EstimatePolicy(
                        duration(env, "ESTIMATE_COOKING", EstimatePolicy.DEFAULT.baseCooking(), ONE_DAY),
                        duration(env, "ESTIMATE_PER_QUEUED_ORDER", EstimatePolicy.DEFAULT.perQueuedOrder(), ONE_DAY),
                        duration(env, "ESTIMATE_MAX_QUEUE_DELAY", EstimatePolicy.DEFAULT.maxQueueDelay(), ONE_DAY),
                        duration(env, "ESTIMATE_DELIVERY", EstimatePolicy.DEFAULT.baseDelivery(), ONE_DAY)),
                logFormat(env),
                corsOrigins(env),
                integer(env, "HTTP_MAX_THREADS", 200, Operations.MIN_THREADS, 2_000),
                duration(env, "SHUTDOWN_GRACE", Duration.ofSeconds(10), MAX_SHUTDOWN_GRACE),
                duration(env, "MENU_MAX_AGE", Duration.ofSeconds(1), Duration.ofHours(1)),
                payments(env, currency(env)),
                bodyLimits(env),
                abuse(env),
                events(env),
                integer(env, "MAX_STREAMS", 2_000, 1, 100_000),
                mail(env));
    }

    private static Optional<MailSettings> mail(Map<String, String> env) {
        // Every SMTP setting is read (and checked) even without a host, so a typo'd one never goes unnoticed.
        String host = blankToNull(env.get("SMTP_HOST"));
        int port = integer(env, "SMTP_PORT", 587, 1, 65_535);
        Optional<String> user = Optional.ofNullable(blankToNull(env.get("SMTP_USERNAME")));
        Optional<String> password = Optional.ofNullable(blankToNull(env.get("SMTP_PASSWORD")));
        String from = blankToNull(env.get("SMTP_FROM"));
        boolean startTls = bool(env, "SMTP_STARTTLS", true);
        if (host != null && !host.matches("[A-Za-z0-9.\\[\\]:_-]+")) {
            throw new ConfigurationException("SMTP_HOST must be a host name or address, got '" + host + "'");
        }
        if (from != null && !from.matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new ConfigurationException("SMTP_FROM must be an e-mail address like shop@example.com, got '"
                    + from + "'");
        }
        if (user.isPresent() && (user.get().length() > 254 || user.get().chars().anyMatch(Character::isISOControl))) {
            throw new ConfigurationException("SMTP_USERNAME must be at most 254 characters without control characters");
        }
        if (user.isPresent() && password.isEmpty()) {
            // Never echo the password, set or not.
            throw new ConfigurationException("SMTP_PASSWORD is required with SMTP_USERNAME");
        }
        if (host == null) {
            return Optional.empty();
        }
        if (from == null) {
            throw new ConfigurationException("SMTP_FROM is required with SMTP_HOST");
        }
        return Optional.of(new MailSettings(host, port, user, password, from, startTls));
    }

    private static AbuseSettings abuse(Map<String, String> env) {
        Optional<String> secret = Optional.ofNullable(blankToNull(env.get("DEVICE_TOKEN_SECRET")));
        if (secret.isPresent() && secret.get().length() < 32) {
            // Never echo the secret.
            throw new ConfigurationException("DEVICE_TOKEN_SECRET must be at least 32 characters");
        }
        return new AbuseSettings(secret,
                integer(env, "RATE_LIMIT_SIGN_IN", 20, 1, 1_000_000),
                integer(env, "RATE_LIMIT_ACCOUNT_CHANGES", 30, 1, 1_000_000),
                integer(env, "RATE_LIMIT_PAYMENT_CALLBACKS", 600, 1, 1_000_000),
                trustedProxies(env),
                integer(env, "PASSWORD_HASH_QUEUE", Argon2idPasswordHasher.DEFAULT_WAITING_PER_CORE, 0, 10_000));
    }

    /** IP literals only: a host name would need DNS at every request, and could change under the service. */
    private static List<String> trustedProxies(Map<String, String> env) {
        String raw = blankToNull(env.get("TRUSTED_PROXIES"));
        if (raw == null) {
            return List.of();
        }
        List<String> proxies = new ArrayList<>();
        for (String entry : raw.split(",", -1)) {
            String proxy = entry.strip();
            if (!proxy.matches("(\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
                throw new ConfigurationException("TRUSTED_PROXIES must list IP addresses like 10.0.0.5 separated by commas,"
                        + " got '" + proxy + "'");
            }
            proxies.add(proxy);
        }
        return proxies;

    }

    private static BodyLimits bodyLimits(Map<String, String> env) {
        Duration timeout = duration(env, "HTTP_BODY_TIMEOUT", BodyLimits.DEFAULT.timeout(), Duration.ofMinutes(10));
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ConfigurationException("HTTP_BODY_TIMEOUT must be at least PT1S, got '"
                    + env.get("HTTP_BODY_TIMEOUT") + "'");
        }
        return new BodyLimits(timeout,
                integer(env, "HTTP_MIN_BODY_RATE", BodyLimits.DEFAULT.minBytesPerSecond(), 1, 100 * 1024 * 1024),
                integer(env, "HTTP_MAX_BODIES_PER_CLIENT", BodyLimits.DEFAULT.perClient(), 1, 100_000));
    }

    private static EventSettings events(Map<String, String> env) {
        Duration retention = duration(env, "EVENTS_RETENTION", Duration.ofDays(7), Duration.ofDays(3650));
        if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new ConfigurationException("EVENTS_RETENTION must be at least PT1M, got '"
                    + env.get("EVENTS_RETENTION") + "'");
        }
        // Every Kafka setting is read (and checked) even without a broker, so a typo'd one never goes unnoticed.
        String servers = blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS"));
        String protocol = Optional.ofNullable(blankToNull(env.get("KAFKA_SECURITY_PROTOCOL"))).orElse("PLAINTEXT");
        Optional<String> mechanism = Optional.ofNullable(blankToNull(env.get("KAFKA_SASL_MECHANISM")));
        Optional<String> user = Optional.ofNullable(blankToNull(env.get("KAFKA_SASL_USERNAME")));
        Optional<String> password = Optional.ofNullable(blankToNull(env.get("KAFKA_SASL_PASSWORD")));
        String orders = topic(env, "KAFKA_TOPIC_ORDERS", KafkaSettings.ORDERS_TOPIC);
        String accounts = topic(env, "KAFKA_TOPIC_ACCOUNTS", KafkaSettings.ACCOUNTS_TOPIC);
        if (servers != null && !servers.matches("[A-Za-z0-9.\\[\\]:_-]+:[0-9]{1,5}(,[A-Za-z0-9.\\[\\]:_-]+:[0-9]{1,5})*")) {
            throw new ConfigurationException("KAFKA_BOOTSTRAP_SERVERS must be host:port[,host:port...], got '" + servers + "'");
        }
        if (!Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL").contains(protocol)) {
            throw new ConfigurationException("KAFKA_SECURITY_PROTOCOL must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL,"
                    + " got '" + protocol + "'");
        }
        if (protocol.startsWith("SASL")) {
            if (mechanism.isEmpty() || !Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512").contains(mechanism.get())) {
                throw new ConfigurationException("KAFKA_SASL_MECHANISM must be PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 with "
                        + protocol);
            }
            if (user.isEmpty()) {
                throw new ConfigurationException("KAFKA_SASL_USERNAME is required with " + protocol);
            }
            if (password.isEmpty()) {
                // Never echo the password.
                throw new ConfigurationException("KAFKA_SASL_PASSWORD is required with " + protocol);
            }
        }
        if (servers == null) {
            return new EventSettings(retention, Optional.empty());
        }
        return new EventSettings(retention, Optional.of(new KafkaSettings(servers, protocol, mechanism, user, password,
                orders, accounts)));
    }

    private static String topic(Map<String, String> env, String name, String fallback) {
        String topic = Optional.ofNullable(blankToNull(env.get(name))).orElse(fallback);
        if (!topic.matches("[A-Za-z0-9._-]{1,249}")) {
            throw new ConfigurationException(name + " must be a Kafka topic name (1-249 of A-Z a-z 0-9 . _ -), got '"
                    + topic + "'");
        }
        return topic;
    }

    private static PaymentSettings payments(Map<String, String> env, Currency currency) {
        Duration timeout = duration(env, "PAYMENT_TIMEOUT", PaymentTimeout.DEFAULT.value(), ONE_DAY);
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ConfigurationException("PAYMENT_TIMEOUT must be at least PT1S, got '" + env.get("PAYMENT_TIMEOUT") + "'");
        }
        Duration sweep = duration(env, "PAYMENT_SWEEP_INTERVAL", Duration.ofSeconds(30), ONE_DAY);
        if (sweep.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ConfigurationException("PAYMENT_SWEEP_INTERVAL must be at least PT1S, got '"
                    + env.get("PAYMENT_SWEEP_INTERVAL") + "'");
        }
        Optional<String> secret = Optional.ofNullable(blankToNull(env.get("PAYMENT_CALLBACK_SECRET")));
        if (secret.isPresent() && secret.get().length() < 16) {
            // Never echo the secret.
            throw new ConfigurationException("PAYMENT_CALLBACK_SECRET must be at least 16 characters");
        }
        String processor = Optional.ofNullable(blankToNull(env.get("CARD_PROCESSOR"))).orElse("sandbox")
                .toLowerCase(Locale.ROOT);
        Optional<StripeAccount> stripe = switch (processor) {
            case "sandbox" -> Optional.empty();
            case "stripe" -> Optional.of(stripeAccount(env));
            default -> throw new ConfigurationException("CARD_PROCESSOR must be sandbox or stripe, got '" + processor + "'");
        };
        Optional<String> webhookSecret = Optional.ofNullable(blankToNull(env.get("STRIPE_WEBHOOK_SECRET")));
        if (webhookSecret.isPresent() && webhookSecret.get().length() < 16) {
            throw new ConfigurationException("STRIPE_WEBHOOK_SECRET must be at least 16 characters (Stripe's whsec_…)");
        }
        if (stripe.isPresent() && webhookSecret.isEmpty()) {
            // Stripe's webhooks settle what a lost answer left open; without them a hold made for an
            // order cancelled meanwhile would wait out its week at the customer's bank.
            throw new ConfigurationException("STRIPE_WEBHOOK_SECRET is required when CARD_PROCESSOR is stripe");
        }
        String format = Optional.ofNullable(blankToNull(env.get("QR_FORMAT"))).orElse("EMVCO").toUpperCase(Locale.ROOT);
        QrFormat qrFormat;
        try {
            qrFormat = QrFormat.valueOf(format);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("QR_FORMAT must be EMVCO, EPC or GOST, got '" + format + "'");
        }
        // The static bank-details formats transfer one currency each; the service's must be it.
        String needed = qrFormat == QrFormat.EPC ? "EUR" : qrFormat == QrFormat.GOST ? "RUB" : null;
        if (needed != null && !currency.getCurrencyCode().equals(needed)) {
            throw new ConfigurationException("QR_FORMAT " + qrFormat + " needs CURRENCY " + needed + ", got "
                    + currency.getCurrencyCode());
        }
        Merchant merchant;
        try {
            merchant = new Merchant(orDefault(env, "MERCHANT_NAME", "Food Delivery"), orDefault(env, "MERCHANT_CITY", "Berlin"),
                    orDefault(env, "MERCHANT_COUNTRY", "DE"), orDefault(env, "MERCHANT_ACCOUNT", "DE89370400440532013000"),
                    orDefault(env, "MERCHANT_NETWORK_ID", "com.fooddelivery.pay"), orDefault(env, "MERCHANT_CATEGORY_CODE", "5814"));
        } catch (Merchant.InvalidDetail wrong) {
            throw new ConfigurationException("MERCHANT_" + wrong.field() + " " + wrong.getMessage());
        }
        Optional<BankDetails> bank = qrFormat == QrFormat.GOST ? Optional.of(bankDetails(env)) : Optional.empty();
        if (qrFormat == QrFormat.GOST && !merchant.accountId().matches("[0-9]{20}")) {
            throw new ConfigurationException("MERCHANT_ACCOUNT must be a 20-digit settlement account for QR_FORMAT GOST, got '"
                    + merchant.accountId() + "'");
        }
        if (qrFormat == QrFormat.GOST && merchant.name().contains("|")) {
            throw new ConfigurationException("MERCHANT_NAME must not contain '|' for QR_FORMAT GOST");
        }
        return new PaymentSettings(new PaymentTimeout(timeout), sweep, secret, processor, stripe, webhookSecret, merchant,
                qrFormat, bank, cardReturnUrl(env));
    }

    private static Optional<String> cardReturnUrl(Map<String, String> env) {
        Optional<String> url = Optional.ofNullable(blankToNull(env.get("CARD_RETURN_URL")));
        if (url.isPresent() && !url.get().matches("https?://[^\\s#]+")) {
            throw new ConfigurationException("CARD_RETURN_URL must be an http(s) URL without a fragment, like "
                    + "https://app.example.com/payments/returned, got '" + url.get() + "'");
        }
        return url;
    }

    private static BankDetails bankDetails(Map<String, String> env) {
        String name = required(env, "MERCHANT_BANK_NAME", "QR_FORMAT is GOST");
        String bic = required(env, "MERCHANT_BIC", "QR_FORMAT is GOST");
        String correspondent = required(env, "MERCHANT_CORRESPONDENT_ACCOUNT", "QR_FORMAT is GOST");
        Optional<String> inn = Optional.ofNullable(blankToNull(env.get("MERCHANT_INN")));
        if (!bic.matches("[0-9]{9}")) {
            throw new ConfigurationException("MERCHANT_BIC must be 9 digits, got '" + bic + "'");
        }
        if (!correspondent.matches("[0-9]{20}")) {
            throw new ConfigurationException("MERCHANT_CORRESPONDENT_ACCOUNT must be 20 digits, got '" + correspondent + "'");
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

    private static String required(Map<String, String> env, String name, String when) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            throw new ConfigurationException(name + " is required when " + when);
        }
        return value;
    }

    private static StripeAccount stripeAccount(Map<String, String> env) {
        String key = blankToNull(env.get("STRIPE_API_KEY"));
        // Never echo the key: this line goes to the operator's terminal and logs.
        if (key == null) {
            throw new ConfigurationException("STRIPE_API_KEY is required when CARD_PROCESSOR is stripe");
        }
        if (!key.matches("(sk|rk)_(test|live)_[A-Za-z0-9]{8,}")) {
            throw new ConfigurationException("STRIPE_API_KEY must be a secret or restricted key (sk_test_…, sk_live_…, rk_…)");
        }
        String base = Optional.ofNullable(blankToNull(env.get("STRIPE_API_BASE")))
                .orElse(StripeAccount.DEFAULT_API_BASE.toString());
        URI apiBase;
        try {
            apiBase = new URI(base);
        } catch (URISyntaxException notAUri) {
            apiBase = null;
        }
        if (apiBase == null || !("https".equals(apiBase.getScheme()) || "http".equals(apiBase.getScheme()))
                || apiBase.getHost() == null || apiBase.getRawUserInfo() != null || apiBase.getRawQuery() != null) {
            throw new ConfigurationException("STRIPE_API_BASE must be an http(s) URL like https://api.stripe.com, got '"
                    + base + "'");
        }
        return new StripeAccount(key, apiBase, positive(env, "STRIPE_CONNECT_TIMEOUT", Duration.ofSeconds(5),
                Duration.ofMinutes(1)), positive(env, "STRIPE_READ_TIMEOUT", Duration.ofSeconds(30), Duration.ofMinutes(2)));
    }

    /** An ISO-8601 duration above zero and at most {@code max}. */
    private static Duration positive(Map<String, String> env, String name, Duration fallback, Duration max) {
        Duration value = duration(env, name, fallback, max);
        if (value.isZero()) {
            throw new ConfigurationException(name + " must be above PT0S, like " + fallback);
        }
        return value;
    }

    private static LogFormat logFormat(Map<String, String> env) {
        String raw = blankToNull(env.get("LOG_FORMAT"));
        if (raw == null) {
            return LogFormat.TEXT;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new ConfigurationException("LOG_FORMAT must be text or json, got '" + raw + "'");
        };
    }

    /**
     * Exact origins only: a browser sends {@code scheme://host[:port]}, and a wildcard would let any
     * site's page call the API with a customer's token that page got hold of.
     */
    private static List<String> corsOrigins(Map<String, String> env) {
        String raw = blankToNull(env.get("CORS_ORIGINS"));
        if (raw == null) {
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (String entry : raw.split(",", -1)) {
            String origin = entry.strip();
            if (!isOrigin(origin)) {
                throw new ConfigurationException("CORS_ORIGINS must list origins like https://app.example.com separated"
                        + " by commas, got '" + origin + "'");
            }
            origins.add(origin);
        }
        return origins;
    }

    private static boolean isOrigin(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    /** An ISO-8601 duration from zero to {@code max}, like {@code PT20M}. */
    private static Duration duration(Map<String, String> env, String name, Duration fallback, Duration max) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(raw);
            if (!value.isNegative() && value.compareTo(max) <= 0) {
                return value;
            }
        } catch (DateTimeParseException notADuration) {
            // same message as a duration out of range
        }
        throw new ConfigurationException(name + " must be an ISO-8601 duration from PT0S to " + max + ", like "
                + fallback + ", got '" + raw + "'");
    }

    private static ServiceKeys serviceKeys(Map<String, String> env) {
        String raw = blankToNull(env.get("SERVICE_KEYS"));
        if (raw == null) {
            return ServiceKeys.none();
        }
        List<String> keys = new ArrayList<>();
        for (String key : raw.split(",", -1)) {
            // Never echo a key: this line goes to the operator's terminal and logs.
            if (key.isBlank()) {
                throw new ConfigurationException("SERVICE_KEYS must list keys separated by single commas, with no empty entry");
            }
            if (key.strip().length() < ServiceKeys.MIN_LENGTH) {
                throw new ConfigurationException("SERVICE_KEYS entry " + (keys.size() + 1) + " is shorter than "
                        + ServiceKeys.MIN_LENGTH + " characters");
            }
            keys.add(key.strip());
        }
        return ServiceKeys.of(keys);
    }

    private static BigDecimal maxPrice(Map<String, String> env) {
        String raw = blankToNull(env.get("MAX_PRICE"));
        if (raw == null) {
            return new BigDecimal("10000.00");
        }
        try {
            BigDecimal value = new BigDecimal(raw);
            if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 2
                    && value.compareTo(Order.HIGHEST_UNIT_PRICE) <= 0) {
                return value.setScale(2);
            }
        } catch (NumberFormatException notANumber) {
            // same message as a number out of range
        }
        // Above that, the largest order a customer may place would cost more than an order can.
        throw new ConfigurationException("MAX_PRICE must be a price above 0 and at most " + Order.HIGHEST_UNIT_PRICE
                + " (so that " + Order.MAX_LINES + " lines of " + OrderLine.MAX_QUANTITY + " cost at most "
                + Money.LARGEST + ") with at most two decimals, got '" + raw + "'");
    }

    private static Optional<DatabaseSettings> externalDatabase(Map<String, String> env, int poolSize) {
        String url = blankToNull(env.get("DB_URL"));
        if (url == null) {
            for (String dependent : new String[] {"DB_USER", "DB_PASSWORD"}) {
                if (blankToNull(env.get(dependent)) != null) {
                    throw new ConfigurationException("DB_URL is required when " + dependent + " is set");
                }
            }
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        String user = blankToNull(env.get("DB_USER"));
        if (user == null) {
            throw new ConfigurationException("DB_USER is required when DB_URL is set");
        }
        return Optional.of(new DatabaseSettings(url, user, env.getOrDefault("DB_PASSWORD", ""), poolSize));
    }

    private static Currency currency(Map<String, String> env) {
        String code = Optional.ofNullable(blankToNull(env.get("CURRENCY"))).orElse("EUR");
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() != 2) {
                throw new ConfigurationException("CURRENCY must have two minor digits (like EUR or USD), got " + code);
            }
            return currency;
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("CURRENCY must be an ISO 4217 code like EUR, got '" + code + "'");
        }
    }

    private static Path dataDir(Map<String, String> env) {
        String raw = Optional.ofNullable(blankToNull(env.get("DATA_DIR"))).orElse("data");
        try {
            return Path.of(raw);
        } catch (InvalidPathException notAPath) {
            throw new ConfigurationException("DATA_DIR must be a directory path, got '" + raw + "'");
        }
    }

    private static SessionPolicy sessionPolicy(Map<String, String> env) {
        String raw = blankToNull(env.get("SESSION_LIFETIME"));
        if (raw == null) {
            return new SessionPolicy(SessionPolicy.DEFAULT_LIFETIME);
        }
        try {
            return new SessionPolicy(Duration.parse(raw));
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            throw new ConfigurationException("SESSION_LIFETIME must be an ISO-8601 duration from PT1M to P366D, like P30D, got '"
                    + raw + "'");
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // same message as a number out of range
        }
        throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + ", got '" + raw + "'");
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, got '" + raw + "'");
        };
    }

    private static String orDefault(Map<String, String> env, String name, String fallback) {
        return Optional.ofNullable(blankToNull(env.get(name))).orElse(fallback);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
