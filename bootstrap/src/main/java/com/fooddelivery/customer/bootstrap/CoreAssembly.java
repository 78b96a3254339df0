package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.HmacDeviceTokens;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.application.wiring.CorePolicies;
import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CorePortsBuilder;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The use cases over the persistence and payment adapters, with the policies the settings choose. */
final class CoreAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(CoreAssembly.class);

    private CoreAssembly() {}

    static CustomerCore build(
            Settings settings, PostgresPersistence persistence, Clock clock, PaymentAdapters payments) {
        MenuRepository menu = persistence.menu();
        CorePortsBuilder ports = CorePorts.builder()
                .unitOfWork(persistence.unitOfWork())
                .clock(clock)
                .events(persistence.eventLog())
                .customers(persistence.customers())
                .sessions(persistence.sessions())
                .signInAttempts(persistence.signInAttempts())
                .deviceTokens(deviceTokens(settings.abuse()))
                .hasher(new Argon2idPasswordHasher(
                        settings.abuse().hashMemoryKib(),
                        settings.abuse().hashIterations(),
                        settings.abuse().hashQueuePerCore()))
                .catalog(menu)
                .prices(menu)
                .menuManagement(menu)
                .orders(persistence.orders())
                .idempotencyKeys(persistence.idempotencyKeys())
                .payments(persistence.payments())
                .cards(payments.cards())
                .bankQr(payments.bankQr())
                .paymentCallbacks(payments.callbacks())
                .orderHistory(persistence.orderHistory())
                .courierPositions(persistence.courierPositions())
                .signedInReads(persistence.signedInReads())
                .placementReads(persistence.placementReads())
                .orderRatings(persistence.ratings())
                .restaurantRatings(persistence.ratings())
                .linkedCards(persistence.linkedCards())
                .orderStatistics(persistence.statistics())
                .eventFeed(persistence.eventFeed())
                .eventSignals(persistence.eventSignals())
                .customerEventFeed(persistence.customerEventFeed())
                .eventOutbox(persistence.eventOutbox());
        // Without SMTP the report mails are neither queued nor sent (the route answers 501), and no mail client is
        // built.
        if (settings.mail().isPresent()) {
            ports.reportMailJobs(persistence.reportMails())
                    .reportMailer(new SmtpReportMailer(settings.mail().get()));
        }
        return new CustomerCore(ports.build(), policies(settings));
    }

    private static CorePolicies policies(Settings settings) {
        return CorePolicies.DEFAULTS
                .withEstimates(settings.estimates())
                .withSessions(settings.sessions())
                .withPaymentTimeout(settings.payments().timeout())
                .withMenuMaxAge(settings.menuMaxAge())
                .withPriceCeiling(new PriceCeiling(new Money(settings.maxPrice(), settings.currency())));
    }

    private static DeviceTokens deviceTokens(AbuseSettings abuse) {
        if (abuse.deviceTokenSecret().isEmpty()) {
            LOG.warn("DEVICE_TOKEN_SECRET is not set: device tokens hold until a restart and on this instance only");
            return HmacDeviceTokens.withRandomSecret();
        }
        return new HmacDeviceTokens(abuse.deviceTokenSecret().get().getBytes(StandardCharsets.UTF_8));
    }
}
