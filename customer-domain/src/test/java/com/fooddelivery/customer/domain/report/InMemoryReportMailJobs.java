package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link ReportMailJobs} in a list, for use-case tests and embedders without a database. */
public final class InMemoryReportMailJobs implements ReportMailJobs {

    private final List<Row> rows = new ArrayList<>();
    private long lastId;

    private static final class Row {
        final long id;
        final CustomerId customerId;
        final ReportMail mail;
        final Instant requestedAt;
        Instant nextAttempt;
        int attempts;
        Instant sentAt;
        String lastError;

        Row(long id, CustomerId customerId, ReportMail mail, Instant requestedAt) {
            this.id = id;
            this.customerId = customerId;
            this.mail = mail;
            this.requestedAt = requestedAt;
            this.nextAttempt = requestedAt;
        }
    }

    @Override
    public synchronized void add(CustomerId customerId, ReportMail mail, Instant at) {
        rows.add(new Row(++lastId, customerId, mail, at));
    }

    @Override
    public synchronized List<Instant> requestedSince(CustomerId customerId, OrderUid orderUid, Instant since) {
        return rows.stream()
                .filter(row -> row.customerId.equals(customerId)
                        && row.mail.orderUid().equals(orderUid)
                        && !row.requestedAt.isBefore(since))
                .map(row -> row.requestedAt)
                .sorted()
                .toList();
    }

    @Override
    public synchronized List<ReportMailJob> takeDue(Instant now, Instant leaseUntil, int limit) {
        List<Row> due = rows.stream()
                .filter(row -> row.sentAt == null && row.nextAttempt != null && !row.nextAttempt.isAfter(now))
                .sorted(Comparator.comparing((Row row) -> row.nextAttempt))
                .limit(limit)
                .toList();
        due.forEach(row -> row.nextAttempt = leaseUntil);
        return due.stream()
                .map(row -> new ReportMailJob(row.id, row.mail, row.attempts))
                .toList();
    }

    @Override
    public synchronized void sent(long id, Instant at) {
        Row row = row(id);
        row.sentAt = at;
        row.nextAttempt = null;
    }

    @Override
    public synchronized void failed(long id, int attempts, Instant next, String error) {
        Row row = row(id);
        row.attempts = attempts;
        row.nextAttempt = next;
        row.lastError = error;
    }

    @Override
    public synchronized int forgetFinished(Instant askedBefore) {
        int before = rows.size();
        rows.removeIf(row -> row.nextAttempt == null && row.requestedAt.isBefore(askedBefore));
        return before - rows.size();
    }

    /**
     * The last error of a job, for tests of the sender.
     *
     * @param id the job
     * @return its last error, or null
     */
    public synchronized String lastError(long id) {
        return row(id).lastError;
    }

    private Row row(long id) {
        return rows.stream()
                .filter(row -> row.id == id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no report mail " + id));
    }
}
