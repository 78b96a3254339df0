package com.fooddelivery.customer.domain.report;

/** The mail server did not take a report mail; sending it again later may work. */
public final class ReportMailFailedException extends RuntimeException {
    public ReportMailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
