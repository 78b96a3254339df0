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
 * Sends the report mails that are due, each outside any transaction: a slow mail server holds no
 * connection or lock. A failed send is tried again after a wait that doubles each time, up to
 * {@link #MAX_ATTEMPTS} sends. A finished mail (sent or given up) is kept for {@link #KEPT}, so operators can
 * read why one was given up, and then deleted with its PDF: the order's details have no reason to stay.
 */
public class SendReportMails {

    /** How many mails one run takes. */
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

    /** @param firstWait  the wait after the first failed send; each further failure doubles it, to an hour at most */
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

    /** The wait after the given number of failed sends: firstWait, then twice as long each time. */
    Duration waitAfter(int attempts) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
