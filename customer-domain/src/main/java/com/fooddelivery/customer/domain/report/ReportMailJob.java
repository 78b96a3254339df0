package com.fooddelivery.customer.domain.report;

import java.util.Objects;

/** A report mail waiting to be sent. */
public record ReportMailJob(long id, ReportMail mail, int attempts) {

    public ReportMailJob {
        Objects.requireNonNull(mail, "mail");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts < 0");
        }
    }
}
