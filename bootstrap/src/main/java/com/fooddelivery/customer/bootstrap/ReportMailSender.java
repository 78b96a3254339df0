package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.application.report.SendReportMails;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SendReportMails} on a timer, on every instance: the jobs' SKIP LOCKED lease lets
 * instances send side by side. A failed run is logged and the next one tries again.
 */
final class ReportMailSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportMailSender.class);

    private final ScheduledExecutorService timer;

    private ReportMailSender(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static ReportMailSender start(SendReportMails send, Duration interval) {
        Objects.requireNonNull(send, "send");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "report-mail-sender");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                // A full batch means more may be due: keep going until a batch comes back short.
                while (send.sendDue() >= SendReportMails.BATCH && !Thread.currentThread().isInterrupted()) {
                    LOG.debug("Sent a full batch of report mails; taking the next");
                }
            } catch (RuntimeException failure) {
                LOG.warn("Sending report mails failed; retrying next run", failure);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new ReportMailSender(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
