package com.fooddelivery.peer.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The transactional outbox the service keeps in {@code delivery_event_c}: the same statements, so both
 * sides pay the same for "every order reaches the other services, in order". Written just before
 * commit, under the transaction-level advisory lock that orders the log's writers.
 */
@Component
class EventLog {

    private static final long APPEND_LOCK = 0x6576656e7473L;
    private static final String INSERT = """
            with subject as (select ?::varchar as uid,
                                    (select c.customer_uid from delivery_order_c o join delivery_customer_c c
                                     on c.delivery_customer_c_id = o.customer_id where o.order_uid = ?::uuid) as customer_uid),
                 stream as (insert into delivery_event_stream_c (subject, last_sequence_nr)
                            select uid, 1 from subject
                            on conflict (subject) do update
                                set last_sequence_nr = delivery_event_stream_c.last_sequence_nr + 1
                            returning last_sequence_nr)
            insert into delivery_event_c (delivery_event_c_id, event_id, event_type, subject, sequence_nr,
                                          occurred_dt, data)
            select nextval('delivery_event_c_position_seq'), ?::uuid, ?, subject.uid, stream.last_sequence_nr, ?,
                   jsonb_build_object('customerUid', subject.customer_uid) || ?::jsonb
            from subject, stream""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(OrderPlaced placed) {
        Order order = placed.order();
        jdbc.queryForList("select pg_advisory_xact_lock(?)", APPEND_LOCK);
        jdbc.update(INSERT, order.getUid().toString(), order.getUid().toString(), UUID.randomUUID().toString(),
                "com.fooddelivery.customer.order.placed.v1", Timestamp.from(placed.at()), data(order));
        jdbc.queryForList("select pg_notify('delivery_events', '')");
    }

    private String data(Order order) {
        ObjectNode data = json.createObjectNode();
        data.put("orderUid", order.getUid().toString());
        data.put("status", order.getStatus());
        data.put("paymentMethod", order.getPaymentMethod());
        data.put("paymentStatus", order.getPaymentStatus());
        data.put("currency", order.getCurrency());
        data.put("totalAmount", order.getTotalAmount());
        ArrayNode lines = data.putArray("lines");
        for (OrderLine line : order.getLines()) {
            lines.addObject().put("menuItemId", line.getMenuItemId()).put("name", line.getName())
                    .put("unitPrice", line.getUnitPrice()).put("quantity", line.getQuantity())
                    .put("lineCost", line.getLineCost());
        }
        data.put("deliveryAddress", order.getDeliveryAddress());
        data.put("comment", order.getComment());
        data.put("registeredAt", order.getRegisteredAt().toString());
        data.put("estimatedReadyAt", order.getEstimatedReadyAt().toString());
        data.put("estimatedDeliveryAt", order.getEstimatedDeliveryAt().toString());
        return data.toString();
    }
}
