package com.fooddelivery.customer.domain.report;

import java.util.Objects;

/**
 * A report mail waiting to be sent.
 *
 * @param id       the job's key
 * @param mail     what to send
 * @param attempts how many sends failed so far
 */
public record ReportMailJob(long id, ReportMail mail, int attempts) {

    /**
     * Requires the mail and attempts not below zero.
     *
     * @param id the key
     * @param mail the mail
     * @param attempts failed sends
     */
    public ReportMailJob {
        Objects.requireNonNull(mail, "mail");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts < 0");
        }
    }
}
