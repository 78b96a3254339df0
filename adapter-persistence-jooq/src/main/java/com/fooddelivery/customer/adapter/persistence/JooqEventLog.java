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
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The event log in {@code delivery_event_c}. An appended event is written just before its unit of work
 * commits, by one statement that takes {@link #APPEND_LOCK} <em>shared</em>, draws the subject's next
 * sequence number and then the event's position and stores the event. The lock stays held until the
 * transaction ends. Once it has committed, {@value #CHANNEL} is notified, to wake long-polling readers, from
 * outside the transaction ({@link EventAnnouncer}: a notification inside it serialised the writers' commits).
 *
 * <p>Writers do not exclude each other, so their commits share the disk's flushes (group commit), and
 * positions may become visible out of order: 11 may commit while 10 is still in flight. Readers
 * therefore read only up to a {@link SettledPositions settled mark}, found by taking the lock
 * exclusively for a moment. A reader that has seen position N never later gets an event at or below N,
 * and skips nothing (decision 0011). Two events of one subject cannot even commit out of order: the
 * second waits for the first's commit on the subject's row in {@code delivery_event_stream_c}, and draws
 * its position only after that wait.
 */
public final class JooqEventLog implements EventLog, EventFeed, EventOutbox {

    /** The channel a commit with new events notifies. */
    public static final String CHANNEL = "delivery_events";
    /**
     * The advisory lock key that writers hold shared from their position's draw to their commit, and that
     * readers take exclusively to find the settled positions ("events" in ASCII).
     */
    static final long APPEND_LOCK = 0x6576656e7473L;

    static final String COLUMNS =
            "delivery_event_c_id, event_id, event_type, subject, sequence_nr, occurred_dt, data::text";
    // One statement, one round trip: the shared lock first (the subject CTE's first column), then the
    // subject's sequence, then, in the stream's RETURNING, once the subject's row is locked, the position; the
    // notification last. The customer's uid, which the domain events refer to by the internal id or through
    // the order, is looked up by the same statement.
    private static final String INSERT = """
            with subject as (select pg_advisory_xact_lock_shared(%d) as locked, %%s as uid, %%s as customer_uid),
                 stream as (insert into delivery_event_stream_c (subject, last_sequence_nr)
                            select uid, 1 from subject
                            on conflict (subject) do update
                                set last_sequence_nr = delivery_event_stream_c.last_sequence_nr + 1
                            returning last_sequence_nr, nextval('delivery_event_c_position_seq') as position)
            insert into delivery_event_c (delivery_event_c_id, event_id, event_type, subject, sequence_nr,
                                          occurred_dt, data)
            select stream.position, ?::uuid, ?, subject.uid, stream.last_sequence_nr, ?::timestamptz,
                   jsonb_build_object('customerUid', subject.customer_uid) || ?::jsonb
            from subject, stream""".formatted(APPEND_LOCK);
    private static final String ORDER_INSERT = INSERT.formatted(
            "?::varchar",
            "(select c.customer_uid from delivery_order_c o join delivery_customer_c c"
                    + " on c.delivery_customer_c_id = o.customer_id where o.order_uid = ?::uuid)");
    private static final String ACCOUNT_INSERT = INSERT.formatted(
            "(select customer_uid from delivery_customer_c where delivery_customer_c_id = ?)",
            "(select customer_uid from delivery_customer_c where delivery_customer_c_id = ?)");

    private final JooqUnitOfWork unitOfWork;
    private final SettledPositions settled;
    private final Runnable announce;

    /** @param announce notifies {@value #CHANNEL} soon after a unit of work with events has committed */
    JooqEventLog(JooqUnitOfWork unitOfWork, SettledPositions settled, Runnable announce) {
        this.unitOfWork = unitOfWork;
        this.settled = settled;
        this.announce = announce;
    }

    @Override
    public void append(DomainEvent event) {
        String data = EventData.of(event);
        unitOfWork.beforeCommit(() -> store(event, data));
        unitOfWork.afterCommit(announce);
    }

    private void store(DomainEvent event, String data) {
        Object[] subject = event instanceof OrderHistoryEvent order
                ? new Object[] {order.orderUid().toString(), order.orderUid().value()}
                : new Object[] {
                    ((AccountEvent) event).customerId().value(),
                    ((AccountEvent) event).customerId().value()
                };
        // Held with the unit of work's other writes and sent last, in the commit's round trip. Any count: subject
        // and stream are one row each (the stream's upsert returns its row, and an unknown account's subject is a
        // null that its primary key refuses), so one event row is stored or the statement fails.
        unitOfWork.write(
                event instanceof OrderHistoryEvent ? ORDER_INSERT : ACCOUNT_INSERT,
                -1,
                subject[0],
                subject[1],
                UUID.randomUUID(),
                event.type(),
                utc(event.occurredAt()),
                data);
    }

    @Override
    public List<RecordedEvent> after(long position, int limit, Set<String> types) {
        var dsl = unitOfWork.dsl();
        return settled.read(position, limit, mark -> upTo(dsl, position, mark, limit, types), dsl);
    }

    private static List<RecordedEvent> upTo(DSLContext dsl, long position, long mark, int limit, Set<String> types) {
        if (types.isEmpty()) {
            return dsl.resultQuery(
                            "select " + COLUMNS + " from delivery_event_c where delivery_event_c_id > ?"
                                    + " and delivery_event_c_id <= ? order by delivery_event_c_id limit ?",
                            position,
                            mark,
                            limit)
                    .fetch(JooqEventLog::recorded);
        }
        return dsl.resultQuery(
                        "select " + COLUMNS + " from delivery_event_c where delivery_event_c_id > ?"
                                + " and delivery_event_c_id <= ? and event_type = any(?)"
                                + " order by delivery_event_c_id limit ?",
                        position,
                        mark,
                        types.toArray(String[]::new),
                        limit)
                .fetch(JooqEventLog::recorded);
    }

    /**
     * {@inheritDoc} Not bounded by the settled mark: the relay publishes every committed event, and one
     * that commits later with a lower position is still unpublished when it looks again. Per subject the
     * order holds anyway, since a subject's events commit in position order.
     */
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
