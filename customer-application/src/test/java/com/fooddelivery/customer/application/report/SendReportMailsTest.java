package com.fooddelivery.customer.application.report;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.report.InMemoryReportMailJobs;
import com.fooddelivery.customer.domain.report.ReportMail;
import com.fooddelivery.customer.domain.report.ReportMailFailedException;
import com.fooddelivery.customer.domain.report.ReportMailer;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The background sender: a failed send waits, doubling, and is given up after the last attempt. */
class SendReportMailsTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryReportMailJobs jobs = new InMemoryReportMailJobs();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    /** A mail server that refuses while down and keeps what it takes. */
    private final MailServer server = new MailServer();

    private final SendReportMails send = new SendReportMails(jobs, server, unitOfWork, clock, Duration.ofSeconds(30));
    private final ReportMail mail = new ReportMail(new Email("anna@example.org"), OrderUid.random(), new byte[] {1});

    private static final class MailServer implements ReportMailer {
        boolean down;
        final List<ReportMail> received = new ArrayList<>();

        @Override
        public void send(ReportMail mail) {
            if (down) {
                throw new ReportMailFailedException("421 service not available", null);
            }
            received.add(mail);
        }
    }

    @Test
    void aRefusedMailIsTriedAgainAfterThirtySecondsThenSixtyAndSentOnceTheServerTakesIt() {
        jobs.add(new CustomerId(1), mail, T0);
        server.down = true;

        assertThat(send.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(send.sendDue()).as("still waiting the first 30 s").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(send.sendDue()).as("the second try").isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(send.sendDue()).as("the wait has doubled").isZero();
        server.down = false;
        clock.advance(Duration.ofSeconds(1));
        assertThat(send.sendDue()).isEqualTo(1);

        assertThat(server.received).containsExactly(mail);
        clock.advance(Duration.ofDays(1));
        assertThat(send.sendDue()).as("a sent mail is done").isZero();
        assertThat(server.received).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMailIsGivenUpWithItsError() {
        jobs.add(new CustomerId(1), mail, T0);
        server.down = true;

        for (int attempt = 1; attempt <= SendReportMails.MAX_ATTEMPTS; attempt++) {
            assertThat(send.sendDue()).as("attempt %d", attempt).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
        }
        server.down = false;
        clock.advance(Duration.ofDays(1));

        assertThat(send.sendDue()).isZero();
        assertThat(server.received).isEmpty();
        assertThat(jobs.lastError(1)).isEqualTo("421 service not available");
    }

    @Test
    void aFinishedMailIsForgottenAWeekAfterItWasAskedForAndOneStillToSendIsNot() {
        jobs.add(new CustomerId(1), mail, T0);
        send.sendDue();
        server.down = true;
        jobs.add(new CustomerId(1), mail, T0.plus(Duration.ofDays(1)));

        clock.advance(SendReportMails.KEPT.minusSeconds(1));
        send.sendDue();
        assertThat(jobs.requestedSince(new CustomerId(1), mail.orderUid(), T0))
                .as("not a week yet")
                .hasSize(2);

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        send.sendDue();
        assertThat(jobs.requestedSince(new CustomerId(1), mail.orderUid(), T0))
                .as("the sent one is gone, the one still failing stays")
                .containsExactly(T0.plus(Duration.ofDays(1)));
    }

    @Test
    void theWaitDoublesUpToAnHour() {
        assertThat(send.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(send.waitAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(send.waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(send.waitAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(send.waitAfter(60)).isEqualTo(Duration.ofHours(1));
    }
}
