package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.List;

/** The outbox of report mails: recorded with the request, sent and retried later by a background sender. */
public interface ReportMailJobs {

    /**
     * Records a mail to send from {@code at} on.
     *
     * @param customerId who asked
     * @param mail       what to send
     * @param at         when it was asked for
     */
    void add(CustomerId customerId, ReportMail mail, Instant at);

    /**
     * When the customer asked for this order's report since a moment, oldest first.
     *
     * @param customerId who
     * @param orderUid   which order
     * @param since      from when
     * @return the moments of the requests
     */
    List<Instant> requestedSince(CustomerId customerId, OrderUid orderUid, Instant since);

    /**
     * Takes due jobs, leased until {@code leaseUntil} so no other sender takes them, even if this one dies.
     *
     * @param now        now
     * @param leaseUntil when they are due again
     * @param limit      at most this many
     * @return the jobs taken
     */
    List<ReportMailJob> takeDue(Instant now, Instant leaseUntil, int limit);

    /**
     * Marks a job sent; it is never taken again.
     *
     * @param id the job
     * @param at when
     */
    void sent(long id, Instant at);

    /**
     * Records a failed send and when to try again; with no next attempt the job is given up.
     *
     * @param id       the job
     * @param attempts failed sends so far
     * @param next     when to try again, or null to give up
     * @param error    why it failed, for operators; never a credential
     */
    void failed(long id, int attempts, Instant next, String error);

    /**
     * Deletes finished mails (sent or given up) asked for before a moment; unsent ones are kept.
     *
     * @param askedBefore the moment
     * @return how many were deleted
     */
    int forgetFinished(Instant askedBefore);
}
