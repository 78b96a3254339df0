package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.BodyLimits;
import com.fooddelivery.customer.adapter.http.ServiceKeys;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
public record Settings(
        int port,
        Optional<DatabaseSettings> database,
        int poolSize,
        Path dataDir,
        Currency currency,
        boolean demoMenu,
        SessionPolicy sessions,
        ServiceKeys serviceKeys,
        BigDecimal maxPrice,
        int maxPictureBytes,
        EstimatePolicy estimates,
        LogFormat logFormat,
        List<String> corsOrigins,
        int httpMaxThreads,
        Duration shutdownGrace,
        Duration menuMaxAge,
        PaymentSettings payments,
        BodyLimits bodyLimits,
        AbuseSettings abuse,
        EventSettings events,
        int maxStreams,
        Optional<MailSettings> mail) {

    /** How log lines are written: for people reading a terminal, or for a log collector. */
    public enum LogFormat {
        TEXT,
        JSON
    }

    public Settings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Every setting's name: what the environment and a {@code CONFIG_FILE} may set. */
    static final Set<String> NAMES = names();

    private static Set<String> names() {
        Set<String> names = new TreeSet<>(List.of("CONFIG_FILE"));
        for (List<String> area : List.of(
                HttpSettingsReader.NAMES,
                DatabaseSettingsReader.NAMES,
                ShopSettingsReader.NAMES,
                AccountSettingsReader.NAMES,
                PaymentSettingsReader.NAMES,
                EventSettingsReader.NAMES,
                MailSettingsReader.NAMES)) {
            names.addAll(area);
        }
        return Set.copyOf(names);
    }

    /**
     * Reads the settings from the environment and, when {@code CONFIG_FILE} names one, from a Java
     * properties file with the same names (see {@link ConfigFile}).
     */
    public static Settings load(Map<String, String> env) {
        return new RawSettings(env)
                .text("CONFIG_FILE")
                .map(file -> from(ConfigFile.under(env, file, NAMES)))
                .orElseGet(() -> from(env));
    }

    /** Reads and checks every setting, area by area; the first wrong one stops the start. */
    public static Settings from(Map<String, String> variables) {
        RawSettings env = new RawSettings(variables);
        int poolSize = DatabaseSettingsReader.poolSize(env);
        return new Settings(
                HttpSettingsReader.port(env),
                DatabaseSettingsReader.external(env, poolSize),
                poolSize,
                DatabaseSettingsReader.dataDir(env),
                ShopSettingsReader.currency(env),
                ShopSettingsReader.demoMenu(env),
                AccountSettingsReader.sessions(env),
                HttpSettingsReader.serviceKeys(env),
                ShopSettingsReader.maxPrice(env),
                ShopSettingsReader.maxPictureBytes(env),
                ShopSettingsReader.estimates(env),
                HttpSettingsReader.logFormat(env),
                HttpSettingsReader.corsOrigins(env),
                HttpSettingsReader.maxThreads(env),
                HttpSettingsReader.shutdownGrace(env),
                ShopSettingsReader.menuMaxAge(env),
                PaymentSettingsReader.payments(env, ShopSettingsReader.currency(env)),
                HttpSettingsReader.bodyLimits(env),
                AccountSettingsReader.abuse(env),
                EventSettingsReader.events(env),
                HttpSettingsReader.maxStreams(env),
                MailSettingsReader.mail(env));
    }
}
