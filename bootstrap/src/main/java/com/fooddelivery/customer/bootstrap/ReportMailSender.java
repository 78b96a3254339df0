package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.application.report.SendReportMails;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SendReportMails} on a timer, on every instance: the jobs' SKIP LOCKED lease lets
 * instances send side by side.
 */
final class ReportMailSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReportMailSender.class);

    private ReportMailSender() {}

    static PeriodicTask start(SendReportMails send, Duration interval) {
        return PeriodicTask.start("report-mail-sender", interval, send::sendDue, SendReportMails.BATCH, LOG);
    }
}
