package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_PAYMENT_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_PAYMENT_EVENT_C;
import static org.jooq.impl.DSL.param;

import com.fooddelivery.customer.adapter.persistence.jooq.tables.records.DeliveryPaymentCRecord;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment attempts in {@code delivery_payment_c} and applied callback events in
 * {@code delivery_payment_event_c}. The unique constraints do the concurrency work: one attempt per
 * (order, Idempotency-Key), one application per (provider, event id).
 */
public final class JooqPaymentRepository implements PaymentRepository {

    // Plain SQL, sent with the unit of work's other writes: an UpdatableRecord's insert cost the order's
    // placement a tenth of its CPU in jOOQ's own bookkeeping (docs/performance.md).
    private static final String INSERT = """
            insert into delivery_payment_c (payment_reference, order_uid, method, status, currency, amount,
                idempotency_key, request_fingerprint, provider_reference, failure_reason, card_brand, card_last4,
                refund_reference, created_dt, updated_dt)
            values (?, ?::uuid, ?, ?, ?, ?::numeric, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)""";

    private final JooqUnitOfWork db;
    /** Read for every report of an order. */
    private final PrerenderedQuery ofOrder;

    JooqPaymentRepository(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
        this.ofOrder = new PrerenderedQuery(
                db.dsl(),
                db.dsl()
                        .selectFrom(DELIVERY_PAYMENT_C)
                        .where(DELIVERY_PAYMENT_C.ORDER_UID.eq(param("order", UUID.class)))
                        .orderBy(DELIVERY_PAYMENT_C.DELIVERY_PAYMENT_C_ID));
    }

    @Override
    public void add(Payment payment) {
        DeliveryPaymentCRecord row = new DeliveryPaymentCRecord();
        changing(row, payment);
        // Any count: a single row of values is inserted or the statement fails, so the unit may commit in the writes'
        // round trip.
        db.write(
                INSERT,
                -1,
                payment.reference().value(),
                payment.orderUid().value(),
                payment.method().name(),
                row.getStatus(),
                payment.amount().currency().getCurrencyCode(),
                payment.amount().amount(),
                payment.requestKey().map(Payment.RequestKey::key).orElse(null),
                payment.requestKey().map(Payment.RequestKey::fingerprint).orElse(null),
                row.getProviderReference(),
                row.getFailureReason(),
                row.getCardBrand(),
                row.getCardLast4(),
                row.getRefundReference(),
                JooqSessionRepository.utc(payment.createdAt()),
                row.getUpdatedDt());
    }

    @Override
    public void update(Payment payment) {
        DeliveryPaymentCRecord row = db.dsl().newRecord(DELIVERY_PAYMENT_C);
        changing(row, payment);
        db.dsl()
                .update(DELIVERY_PAYMENT_C)
                .set(DELIVERY_PAYMENT_C.STATUS, row.getStatus())
                .set(DELIVERY_PAYMENT_C.PROVIDER_REFERENCE, row.getProviderReference())
                .set(DELIVERY_PAYMENT_C.FAILURE_REASON, row.getFailureReason())
                .set(DELIVERY_PAYMENT_C.CARD_BRAND, row.getCardBrand())
                .set(DELIVERY_PAYMENT_C.CARD_LAST4, row.getCardLast4())
                .set(DELIVERY_PAYMENT_C.REFUND_REFERENCE, row.getRefundReference())
                .set(DELIVERY_PAYMENT_C.UPDATED_DT, row.getUpdatedDt())
                .where(DELIVERY_PAYMENT_C.PAYMENT_REFERENCE.eq(
                        payment.reference().value()))
                .execute();
    }

    @Override
    public Optional<Payment> byReference(PaymentReference reference) {
        return db.dsl()
                .selectFrom(DELIVERY_PAYMENT_C)
                .where(DELIVERY_PAYMENT_C.PAYMENT_REFERENCE.eq(reference.value()))
                .fetchOptional(JooqPaymentRepository::toPayment);
    }

    @Override
    public List<Payment> ofOrder(OrderUid order) {
        return ofOrder.with(db.dsl(), order.value()).fetch(row -> toPayment(row.into(DELIVERY_PAYMENT_C)));
    }

    @Override
    public Optional<Payment> byRequestKey(OrderUid order, String key) {
        return db.dsl()
                .selectFrom(DELIVERY_PAYMENT_C)
                .where(DELIVERY_PAYMENT_C.ORDER_UID.eq(order.value()))
                .and(DELIVERY_PAYMENT_C.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(JooqPaymentRepository::toPayment);
    }

    @Override
    public List<Payment> capturesLeftBehind(Instant before, int limit) {
        return db.dsl()
                .selectFrom(DELIVERY_PAYMENT_C)
                .where(DELIVERY_PAYMENT_C.STATUS.eq(Payment.Status.CAPTURING.name()))
                .and(DELIVERY_PAYMENT_C.UPDATED_DT.lt(JooqSessionRepository.utc(before)))
                .orderBy(DELIVERY_PAYMENT_C.UPDATED_DT)
                .limit(limit)
                .fetch(JooqPaymentRepository::toPayment);
    }

    @Override
    public boolean markEventApplied(String provider, String eventId, PaymentReference reference, Instant at) {
        return db.dsl()
                        .insertInto(DELIVERY_PAYMENT_EVENT_C)
                        .set(DELIVERY_PAYMENT_EVENT_C.PROVIDER, provider)
                        .set(DELIVERY_PAYMENT_EVENT_C.EVENT_ID, eventId)
                        .set(DELIVERY_PAYMENT_EVENT_C.PAYMENT_REFERENCE, reference.value())
                        .set(DELIVERY_PAYMENT_EVENT_C.APPLIED_DT, JooqSessionRepository.utc(at))
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** Sets the columns that change over a payment's life. */
    private static void changing(DeliveryPaymentCRecord row, Payment payment) {
        row.setStatus(payment.status().name());
        row.setProviderReference(payment.providerReference().orElse(null));
        row.setFailureReason(payment.failureReason().orElse(null));
        row.setCardBrand(payment.card().map(CardSummary::brand).orElse(null));
        row.setCardLast4(payment.card().map(CardSummary::last4).orElse(null));
        row.setRefundReference(payment.refundReference().orElse(null));
        row.setUpdatedDt(JooqSessionRepository.utc(payment.updatedAt()));
    }

    static Payment toPayment(DeliveryPaymentCRecord row) {
        return toPayment(RowValues.of(row));
    }

    /** The payment of a row holding {@code delivery_payment_c}'s columns. */
    static Payment toPayment(RowValues row) {
        Optional<Payment.RequestKey> key = Optional.ofNullable(row.get(DELIVERY_PAYMENT_C.IDEMPOTENCY_KEY))
                .map(value -> new Payment.RequestKey(value, row.get(DELIVERY_PAYMENT_C.REQUEST_FINGERPRINT)));
        Optional<CardSummary> card = Optional.ofNullable(row.get(DELIVERY_PAYMENT_C.CARD_BRAND))
                .map(brand -> new CardSummary(brand, row.get(DELIVERY_PAYMENT_C.CARD_LAST4)));
        return new Payment(
                new PaymentReference(row.get(DELIVERY_PAYMENT_C.PAYMENT_REFERENCE)),
                new OrderUid(row.get(DELIVERY_PAYMENT_C.ORDER_UID)),
                PaymentMethod.valueOf(row.get(DELIVERY_PAYMENT_C.METHOD)),
                new Money(
                        row.get(DELIVERY_PAYMENT_C.AMOUNT), Currency.getInstance(row.get(DELIVERY_PAYMENT_C.CURRENCY))),
                Payment.Status.valueOf(row.get(DELIVERY_PAYMENT_C.STATUS)),
                key,
                Optional.ofNullable(row.get(DELIVERY_PAYMENT_C.PROVIDER_REFERENCE)),
                Optional.ofNullable(row.get(DELIVERY_PAYMENT_C.FAILURE_REASON)),
                card,
                Optional.ofNullable(row.get(DELIVERY_PAYMENT_C.REFUND_REFERENCE)),
                row.get(DELIVERY_PAYMENT_C.CREATED_DT).toInstant(),
                row.get(DELIVERY_PAYMENT_C.UPDATED_DT).toInstant());
    }
}
