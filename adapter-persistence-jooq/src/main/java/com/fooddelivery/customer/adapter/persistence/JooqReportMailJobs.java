package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_REPORT_MAIL_C;
import static org.jooq.impl.DSL.select;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.report.ReportMail;
import com.fooddelivery.customer.domain.report.ReportMailJob;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** Report mails in {@code delivery_report_mail_c}; each method is one statement. */
final class JooqReportMailJobs implements ReportMailJobs {

    private static final int ERROR_MAX = 500;

    private final JooqUnitOfWork db;

    JooqReportMailJobs(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void add(CustomerId customerId, ReportMail mail, Instant at) {
        db.dsl()
                .insertInto(DELIVERY_REPORT_MAIL_C)
                .set(DELIVERY_REPORT_MAIL_C.CUSTOMER_ID, customerId.value())
                .set(DELIVERY_REPORT_MAIL_C.ORDER_UID, mail.orderUid().value())
                .set(DELIVERY_REPORT_MAIL_C.RECIPIENT, mail.to().value())
                .set(DELIVERY_REPORT_MAIL_C.PDF, mail.pdf())
                .set(DELIVERY_REPORT_MAIL_C.REQUESTED_DT, utc(at))
                .set(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT, utc(at))
                .execute();
    }

    @Override
    public List<Instant> requestedSince(CustomerId customerId, OrderUid orderUid, Instant since) {
        return db.dsl()
                .select(DELIVERY_REPORT_MAIL_C.REQUESTED_DT)
                .from(DELIVERY_REPORT_MAIL_C)
                .where(DELIVERY_REPORT_MAIL_C.CUSTOMER_ID.eq(customerId.value()))
                .and(DELIVERY_REPORT_MAIL_C.ORDER_UID.eq(orderUid.value()))
                .and(DELIVERY_REPORT_MAIL_C.REQUESTED_DT.ge(utc(since)))
                .orderBy(DELIVERY_REPORT_MAIL_C.REQUESTED_DT)
                .fetch(row -> row.value1().toInstant());
    }

    @Override
    public List<ReportMailJob> takeDue(Instant now, Instant leaseUntil, int limit) {
        // SKIP LOCKED: senders on several instances take disjoint jobs instead of mailing one twice.
        return db.dsl()
                .update(DELIVERY_REPORT_MAIL_C)
                .set(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT, utc(leaseUntil))
                .where(DELIVERY_REPORT_MAIL_C.DELIVERY_REPORT_MAIL_C_ID.in(
                        select(DELIVERY_REPORT_MAIL_C.DELIVERY_REPORT_MAIL_C_ID)
                                .from(DELIVERY_REPORT_MAIL_C)
                                .where(DELIVERY_REPORT_MAIL_C.SENT_DT.isNull())
                                .and(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT.le(utc(now)))
                                .orderBy(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT)
                                .limit(limit)
                                .forUpdate()
                                .skipLocked()))
                .returning(
                        DELIVERY_REPORT_MAIL_C.DELIVERY_REPORT_MAIL_C_ID,
                        DELIVERY_REPORT_MAIL_C.RECIPIENT,
                        DELIVERY_REPORT_MAIL_C.ORDER_UID,
                        DELIVERY_REPORT_MAIL_C.PDF,
                        DELIVERY_REPORT_MAIL_C.ATTEMPTS)
                .fetch(row -> new ReportMailJob(
                        row.get(DELIVERY_REPORT_MAIL_C.DELIVERY_REPORT_MAIL_C_ID),
                        new ReportMail(
                                new Email(row.get(DELIVERY_REPORT_MAIL_C.RECIPIENT)),
                                new OrderUid(row.get(DELIVERY_REPORT_MAIL_C.ORDER_UID)),
                                row.get(DELIVERY_REPORT_MAIL_C.PDF)),
                        row.get(DELIVERY_REPORT_MAIL_C.ATTEMPTS)));
    }

    @Override
    public void sent(long id, Instant at) {
        db.dsl()
                .update(DELIVERY_REPORT_MAIL_C)
                .set(DELIVERY_REPORT_MAIL_C.SENT_DT, utc(at))
                .setNull(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT)
                .where(DELIVERY_REPORT_MAIL_C.DELIVERY_REPORT_MAIL_C_ID.eq(id))
                .execute();
    }

    @Override
    public void failed(long id, int attempts, Instant next, String error) {
        String kept = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        db.dsl()
                .update(DELIVERY_REPORT_MAIL_C)
                .set(DELIVERY_REPORT_MAIL_C.ATTEMPTS, attempts)
                .set(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT, next == null ? null : utc(next))
                .set(DELIVERY_REPORT_MAIL_C.LAST_ERROR, kept)
                .where(DELIVERY_REPORT_MAIL_C.DELIVERY_REPORT_MAIL_C_ID.eq(id))
                .execute();
    }

    @Override
    public int forgetFinished(Instant askedBefore) {
        return db.dsl()
                .deleteFrom(DELIVERY_REPORT_MAIL_C)
                .where(DELIVERY_REPORT_MAIL_C.NEXT_ATTEMPT_DT.isNull())
                .and(DELIVERY_REPORT_MAIL_C.REQUESTED_DT.lt(utc(askedBefore)))
                .execute();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
