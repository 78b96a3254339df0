package com.fooddelivery.customer.domain.report;

/** The mail server did not take a report mail; sending it again later may work. */
public final class ReportMailFailedException extends RuntimeException {

    /**
     * @param message what went wrong, without credentials
     * @param cause   the mail library's failure
     */
    public ReportMailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
