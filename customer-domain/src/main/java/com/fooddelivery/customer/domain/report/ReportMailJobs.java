package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.List;

/** The outbox of report mails: recorded with the request, sent and retried later by a background sender. */
public interface ReportMailJobs {

    /** Records a mail to send from {@code at} on. */
    void add(CustomerId customerId, ReportMail mail, Instant at);

    /** When the customer asked for this order's report since a moment, oldest first. */
    List<Instant> requestedSince(CustomerId customerId, OrderUid orderUid, Instant since);

    /** Takes due jobs, leased until {@code leaseUntil} so no other sender takes them, even if this one dies. */
    List<ReportMailJob> takeDue(Instant now, Instant leaseUntil, int limit);

    /** Marks a job sent; it is never taken again. */
    void sent(long id, Instant at);

    /** Records a failed send (the error for operators, never a credential) and when to retry; null gives up. */
    void failed(long id, int attempts, Instant next, String error);

    /** Deletes finished mails (sent or given up) asked for before a moment; unsent ones are kept. */
    int forgetFinished(Instant askedBefore);
}
