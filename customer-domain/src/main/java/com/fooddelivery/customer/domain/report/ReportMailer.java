package com.fooddelivery.customer.domain.report;

/** Delivers a report by e-mail; called outside any transaction, since it waits on a mail server. */
public interface ReportMailer {

    /**
     * Hands the mail to the mail server.
     *
     * @throws ReportMailFailedException when the server refuses it or cannot be reached; the caller retries
     */
    void send(ReportMail mail);
}
