package com.fooddelivery.customer.domain.report;

/** Delivers a report by e-mail; called outside any transaction, since it waits on a mail server. */
public interface ReportMailer {

    /** Hands the mail to the mail server; ReportMailFailedException when it refuses or is unreachable. */
    void send(ReportMail mail);
}
