package com.fooddelivery.customer.application.report;

import com.fooddelivery.customer.domain.report.ReportMailFailedException;
import com.fooddelivery.customer.domain.report.ReportMailJob;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import com.fooddelivery.customer.domain.report.ReportMailer;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Sends the due report mails outside any transaction, so a slow mail server holds no connection. A
 * failed send waits twice as long each time, up to {@link #MAX_ATTEMPTS} sends; a finished mail stays
 * {@link #KEPT} for operators to read why it was given up, then goes with its PDF.
 */
public class SendReportMails {

    public static final int BATCH = 20;
    /** After this many failed sends the mail is given up (kept, with its last error, for operators). */
    public static final int MAX_ATTEMPTS = 8;
    /** A taken job is left alone this long, so a sender that died mid-send is replaced, not raced. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How long a finished mail is kept, counted from the request. */
    public static final Duration KEPT = Duration.ofDays(7);

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** Forgetting scans the finished mails, so it runs once an hour rather than with every batch. */
    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    private final ReportMailJobs jobs;
    private final ReportMailer mailer;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration firstWait;
    private Instant nextForget = Instant.MIN;

    @Inject
    public SendReportMails(
            ReportMailJobs jobs, ReportMailer mailer, UnitOfWork unitOfWork, Clock clock, Duration firstWait) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstWait = Objects.requireNonNull(firstWait, "firstWait");
        if (firstWait.isNegative() || firstWait.isZero()) {
            throw new IllegalArgumentException("firstWait must be positive");
        }
    }

    /** Sends one batch of due mails. */
    public int sendDue() {
        Instant now = clock.instant();
        forgetFinishedMails(now);
        List<ReportMailJob> due = unitOfWork.inTransaction(() -> jobs.takeDue(now, now.plus(LEASE), BATCH));
        for (ReportMailJob job : due) {
            try {
                mailer.send(job.mail());
                unitOfWork.inTransaction(() -> {
                    jobs.sent(job.id(), clock.instant());
                    return null;
                });
            } catch (ReportMailFailedException failure) {
                int attempts = job.attempts() + 1;
                Instant next = attempts >= MAX_ATTEMPTS ? null : clock.instant().plus(waitAfter(attempts));
                unitOfWork.inTransaction(() -> {
                    jobs.failed(job.id(), attempts, next, failure.getMessage());
                    return null;
                });
            }
        }
        return due.size();
    }

    private void forgetFinishedMails(Instant now) {
        if (now.isBefore(nextForget)) {
            return;
        }
        nextForget = now.plus(FORGET_EVERY);
        unitOfWork.inTransaction(() -> jobs.forgetFinished(now.minus(KEPT)));
    }

    Duration waitAfter(int attempts) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
