package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.event.AccountEvent;
import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.EventFeed;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.EventOutbox;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Record;

/**
 * The event log in {@code delivery_event_c}. An appended event is written just before its unit of work
 * commits, under a transaction-level advisory lock: the lock serialises the log's writers from their
 * position's draw to their commit, so positions become visible in increasing order and "after N" never
 * misses an event that commits later (an identity column alone would not promise that). The same
 * transaction notifies {@value #CHANNEL}, which PostgreSQL delivers on commit, to wake long-polling readers.
 */
public final class JooqEventLog implements EventLog, EventFeed, EventOutbox {

    /** The channel a commit with new events notifies. */
    public static final String CHANNEL = "delivery_events";
    /** The advisory lock key that orders the log's writers ("events" in ASCII). */
    static final long APPEND_LOCK = 0x6576656e7473L;

    static final String COLUMNS =
            "delivery_event_c_id, event_id, event_type, subject, sequence_nr, occurred_dt, data::text";
    // The subject's sequence is drawn and the event stored in one statement. The customer's uid, which the
    // domain events refer to by the internal id or through the order, is looked up by the same statement.
    private static final String INSERT = """
            with subject as (select %s as uid, %s as customer_uid),
                 stream as (insert into delivery_event_stream_c (subject, last_sequence_nr)
                            select uid, 1 from subject
                            on conflict (subject) do update
                                set last_sequence_nr = delivery_event_stream_c.last_sequence_nr + 1
                            returning last_sequence_nr)
            insert into delivery_event_c (delivery_event_c_id, event_id, event_type, subject, sequence_nr,
                                          occurred_dt, data)
            select nextval('delivery_event_c_position_seq'), ?::uuid, ?, subject.uid, stream.last_sequence_nr, ?::timestamptz,
                   jsonb_build_object('customerUid', subject.customer_uid) || ?::jsonb
            from subject, stream""";
    private static final String ORDER_INSERT = INSERT.formatted(
            "?::varchar",
            "(select c.customer_uid from delivery_order_c o join delivery_customer_c c"
                    + " on c.delivery_customer_c_id = o.customer_id where o.order_uid = ?::uuid)");
    private static final String ACCOUNT_INSERT = INSERT.formatted(
            "(select customer_uid from delivery_customer_c where delivery_customer_c_id = ?)",
            "(select customer_uid from delivery_customer_c where delivery_customer_c_id = ?)");

    private final JooqUnitOfWork unitOfWork;

    JooqEventLog(JooqUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(DomainEvent event) {
        String data = EventData.of(event);
        unitOfWork.beforeCommit(() -> store(event, data));
    }

    private void store(DomainEvent event, String data) {
        var dsl = unitOfWork.dsl();
        // Re-entrant within the transaction; held until it commits or rolls back.
        dsl.resultQuery("select pg_advisory_xact_lock(?)", APPEND_LOCK).fetch();
        Object[] subject = event instanceof OrderHistoryEvent order
                ? new Object[] {order.orderUid().toString(), order.orderUid().value()}
                : new Object[] {
                    ((AccountEvent) event).customerId().value(),
                    ((AccountEvent) event).customerId().value()
                };
        int stored = dsl.execute(
                event instanceof OrderHistoryEvent ? ORDER_INSERT : ACCOUNT_INSERT,
                subject[0],
                subject[1],
                UUID.randomUUID(),
                event.type(),
                utc(event.occurredAt()),
                data);
        if (stored != 1) {
            throw new IllegalStateException("the subject of " + event.type() + " does not exist");
        }
        dsl.resultQuery("select pg_notify(?, '')", CHANNEL).fetch();
    }

    @Override
    public List<RecordedEvent> after(long position, int limit, Set<String> types) {
        var dsl = unitOfWork.dsl();
        if (types.isEmpty()) {
            return dsl.resultQuery(
                            "select " + COLUMNS + " from delivery_event_c where delivery_event_c_id > ?"
                                    + " order by delivery_event_c_id limit ?",
                            position,
                            limit)
                    .fetch(JooqEventLog::recorded);
        }
        return dsl.resultQuery(
                        "select " + COLUMNS + " from delivery_event_c where delivery_event_c_id > ?"
                                + " and event_type = any(?) order by delivery_event_c_id limit ?",
                        position,
                        types.toArray(String[]::new),
                        limit)
                .fetch(JooqEventLog::recorded);
    }

    @Override
    public List<RecordedEvent> unpublished(int limit) {
        return unitOfWork
                .dsl()
                .resultQuery(
                        "select " + COLUMNS + " from delivery_event_c where published_dt is null"
                                + " order by delivery_event_c_id limit ?",
                        limit)
                .fetch(JooqEventLog::recorded);
    }

    @Override
    public void markPublished(List<Long> positions, Instant at) {
        if (!positions.isEmpty()) {
            unitOfWork
                    .dsl()
                    .execute(
                            "update delivery_event_c set published_dt = ?::timestamptz where delivery_event_c_id = any(?)"
                                    + " and published_dt is null",
                            utc(at),
                            positions.toArray(Long[]::new));
        }
    }

    @Override
    public int purge(Instant before, boolean onlyPublished, int batch) {
        return unitOfWork.dsl().execute("""
                delete from delivery_event_c where delivery_event_c_id in (
                    select delivery_event_c_id from delivery_event_c
                    where recorded_dt < ?::timestamptz and (published_dt is not null or not ?::boolean)
                    order by delivery_event_c_id limit ?
                    for update skip locked)""", utc(before), onlyPublished, batch);
    }

    @Override
    public Backlog backlog() {
        Record row = unitOfWork
                .dsl()
                .resultQuery("select count(*), min(recorded_dt) from delivery_event_c" + " where published_dt is null")
                .fetchOne();
        OffsetDateTime oldest = row.get(1, OffsetDateTime.class);
        return new Backlog(row.get(0, Long.class), Optional.ofNullable(oldest).map(OffsetDateTime::toInstant));
    }

    static RecordedEvent recorded(Record row) {
        return new RecordedEvent(
                row.get(0, Long.class),
                row.get(1, UUID.class),
                row.get(2, String.class),
                row.get(3, String.class),
                row.get(4, Long.class),
                row.get(5, OffsetDateTime.class).toInstant(),
                row.get(6, String.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
