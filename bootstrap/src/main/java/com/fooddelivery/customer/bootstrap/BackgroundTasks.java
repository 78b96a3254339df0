package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.messaging.KafkaEventPublisher;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs besides the requests: the unpaid-order sweep, the sweep of card captures left behind, the event
 * relay, with SMTP the report mails, and the trim that gives the C heap's freed memory back.
 */
record BackgroundTasks(
        PeriodicTask sweep,
        PeriodicTask captureSweep,
        EventRelay relay,
        Optional<PeriodicTask> mailSender,
        Optional<PeriodicTask> nativeTrim)
        implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    /** How often each instance looks for report mails to send: one indexed read of the due ones. */
    private static final Duration MAIL_INTERVAL = Duration.ofSeconds(2);
    /** The wait after a report mail's first failed send; it doubles with each further failure. */
    private static final Duration FIRST_MAIL_RETRY = Duration.ofSeconds(30);
    /** A run of the capture sweep that answered this many may have left more behind: it goes on at once. */
    private static final int FULL_CAPTURE_BATCH = 100;

    /** Starts the sweep, the event relay and the mail sender once the server serves. */
    static BackgroundTasks start(
            Settings settings, PostgresPersistence persistence, Metrics metrics, CustomerCore core, Clock clock) {
        PeriodicTask sweep = UnpaidOrderSweep.start(
                core.payments().expireUnpaidOrders(), settings.payments().sweepInterval());
        PeriodicTask captureSweep = captureSweep(core, settings.payments().sweepInterval());
        EventRelay relay = eventRelay(persistence, core, settings, metrics, clock);
        Optional<PeriodicTask> mailSender = core.insight()
                .sendReportMails(FIRST_MAIL_RETRY)
                .map(send -> ReportMailSender.start(send, MAIL_INTERVAL));
        return new BackgroundTasks(
                sweep, captureSweep, relay, mailSender, NativeHeapTrim.start(NativeHeapTrim.INTERVAL));
    }

    /** Finishes, on every instance, the kitchen's card captures a stopped instance left CAPTURING (decision 0014). */
    private static PeriodicTask captureSweep(CustomerCore core, Duration interval) {
        return PeriodicTask.start(
                "capture-sweep",
                interval,
                () -> {
                    int finished = core.orders().finishCaptures().finish();
                    if (finished > 0) {
                        LOG.info("Finished {} card captures left behind", finished);
                    }
                    return finished;
                },
                FULL_CAPTURE_BATCH,
                LOG);
    }

    /** Purges old events and, only when a broker is configured, builds its client and relays the log to it. */
    private static EventRelay eventRelay(
            PostgresPersistence persistence, CustomerCore core, Settings settings, Metrics metrics, Clock clock) {
        PurgeEvents purge = core.events()
                .purgeEvents(
                        settings.events().retention(), settings.events().kafka().isPresent())
                .orElseThrow();
        return EventRelay.start(purge, settings.events().kafka().map(kafka -> {
            LOG.info("Events are relayed to Kafka: {}", kafka);
            metrics.eventBacklog(persistence.eventOutbox(), clock);
            KafkaEventPublisher broker = new KafkaEventPublisher(kafka);
            return new EventRelay.Relay(
                    core.events().relayEvents(broker, persistence.relayLease()).orElseThrow(),
                    persistence.eventSignals(),
                    persistence.relayLease(),
                    broker);
        }));
    }

    @Override
    public void close() {
        sweep.close();
        captureSweep.close();
        relay.close();
        mailSender.ifPresent(PeriodicTask::close);
        nativeTrim.ifPresent(PeriodicTask::close);
    }
}
